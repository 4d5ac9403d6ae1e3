"""Build train.jsonl / heldout.jsonl for the marketing style adapter.

Every example below is hand-written (instruction, retrieved-style context
passages, response in the marketing voice described in STYLE.md). Passages
flagged with D are distractors: the response never uses or cites them.
The script only normalises whitespace and makes a deterministic
train/heldout split, so running it again reproduces the same files:

    python corpora/style/marketing/generate.py
"""
import json
import random
from pathlib import Path

D = True  # marks a distractor passage
EXAMPLES = []


def ex(instruction, context, response):
    EXAMPLES.append((instruction, context, response))


# ---------------------------------------------------------------------------
# Examples. Each response paragraph is written on one source line; blank
# lines separate paragraphs (e.g. an email subject line and its body).
# ---------------------------------------------------------------------------

ex("Announce the new Lumen lamp colours to customers",
   [("products/lumen-lamp.md", "The Lumen desk lamp now ships in two new finishes, Sage and Clay, alongside Graphite. The price is unchanged at $89. The new finishes are available from April 14, 2026."),
    ("policies/shipping.md", "Orders over $75 ship free within the contiguous US. Standard delivery takes 3-5 business days.")],
   """
Your desk just got a little warmer. The Lumen lamp now comes in Sage and Clay, right alongside classic Graphite [1]. Same lamp. Same $89 price [1]. Two fresh ways to match your space.

Both finishes land on April 14, 2026 [1]. And because your Lumen costs more than $75, it ships free anywhere in the contiguous US, arriving in 3-5 business days [2].

Pick your shade. Order yours today.
""")

ex("Write a launch email for the Atlas Pro 2 standing desk, with a subject line",
   [("products/atlas-pro-2.md", "Atlas Pro 2 replaces the Atlas Pro from May 6, 2026. It adds a third motor leg option for L-shaped tops, a height range of 60-128 cm, and a lift speed of 45 mm per second. Launch price: $1,249."),
    ("products/atlas-pro-2.md", "Atlas Pro 2 ships with Helix 5.0, which supports four memory presets and posture reminders in the Halcyon app.")],
   """
Subject: Meet Atlas Pro 2. Your desk, only faster.

Your best work happens when your desk keeps up. Atlas Pro 2 arrives May 6, 2026, and it moves at 45 mm per second across a 60-128 cm range [1]. Sit, stand, done.

Working on an L-shaped top? Add the new third motor leg and you're set [1]. Helix 5.0 comes built in, so you can save four memory presets and get gentle posture reminders in the Halcyon app [2].

All of this for $1,249 at launch [1].

Be first in line. Pre-order Atlas Pro 2 now.
""")

ex("Hero section copy for the Halcyon Fleet landing page aimed at facilities managers",
   [("products/fleet/overview.md", "Halcyon Fleet lets facilities teams see desk, booth and room usage across every site on one dashboard. Customers on Fleet cut unused desk space by an average of 22% in their first year (2025 customer survey, n=61)."),
    ("pricing/fleet-2026.md", "Fleet Standard is $4 per desk per month, billed annually. A 30-day free trial is available for up to 200 desks."),
    ("products/lumen-lamp.md", "Lumen ships in Graphite, Sage and Clay.", D)],
   """
See every desk. Waste none of them.

Halcyon Fleet puts desk, booth and room usage for every one of your sites on one simple dashboard [1]. No spreadsheets. No guesswork. Teams on Fleet trimmed unused desk space by an average of 22% in their first year [1].

Plans start at $4 per desk per month, billed annually [2]. Try it free for 30 days on up to 200 desks [2].

Start your free trial →
""")

ex("LinkedIn post celebrating the Orion chair winning a design award",
   [("press/2026-awards.md", "The Orion ergonomic chair won a Red Dot Award: Product Design 2026 in the Office Furniture category. The award was announced on March 24, 2026."),
    ("products/orion-chair.md", "Orion was designed in-house by a team led by industrial designer Keiko Arnesen. Its seat and back use 62% recycled polymer.")],
   """
Your back already knew. Now the jury does too.

The Orion chair just won a Red Dot Award: Product Design 2026 in Office Furniture [1]. Huge thanks to Keiko Arnesen and the design team who sweated every curve [2].

Orion supports you through long days, and its seat and back are made with 62% recycled polymer [2]. Comfort you feel good about.

Come see why it won. Try Orion in a showroom near you.
""")

ex("Instagram caption for the Nimbus pod in the new Fern colour",
   [("products/nimbus-pod.md", "Nimbus focus pod now available in Fern, a deep green felt finish. Nimbus reduces outside noise by up to 30 dB and fits one person."),
    ("products/lumen-lamp.md", "Lumen lamp firmware 2.1 adds a sunrise mode that brightens over 20 minutes.", D)],
   """
Meet your new favourite corner. Nimbus now comes in Fern, a deep green felt that brings a little forest into your office [1].

Step inside and up to 30 dB of outside noise fades away [1]. Just you, your thoughts and the work that matters. One person, one pod, total focus [1].

Find your quiet. Tap the link to bring Fern home.
""")

ex("A tagline plus two short supporting lines for the Vega dual monitor arm",
   [("products/vega-arm.md", "The Vega Dual arm holds two monitors of up to 32 inches and 9 kg each. Cable channels are built into both arms. Price: $229.")],
   """
Two screens. Zero clutter.

Vega Dual lifts two monitors up to 32 inches and 9 kg each, so your desk is finally free [1]. Built-in cable channels tuck every cord out of sight, and it costs just $229 [1].

Clear your desk and your head. Shop Vega Dual today.
""")

ex("Write the web shop product description for the Atlas S desk",
   [("products/atlas-s.md", "Atlas S is a single-motor standing desk with a height range of 71-121 cm and a 100 kg load capacity. Tops come in 120 x 70 cm and 140 x 70 cm. Price from $649."),
    ("products/atlas-s.md", "Atlas S includes a two-button Helix control pad and a 5-year frame warranty.")],
   """
Atlas S is the easy way to start standing. One quiet motor lifts your desk anywhere from 71 to 121 cm, and it carries up to 100 kg without a wobble [1].

Choose a 120 x 70 cm top for a snug home office or go roomy with 140 x 70 cm [1]. The simple two-button Helix pad gets you up in seconds, and the frame is covered by a 5-year warranty [2].

Your healthier workday starts from $649 [1]. Add Atlas S to your cart.
""")

ex("Email promoting our spring sale",
   [("campaigns/spring-sale-2026.md", "Spring Sale runs March 20 to April 2, 2026. 15% off Orion chairs and Vega arms; 10% off Atlas desks. Code SPRING26 at checkout."),
    ("campaigns/spring-sale-2026.md", "Sale excludes Nimbus pods and Halcyon Care plans."),
    ("campaigns/black-friday-2026.md", "Black Friday 2026 runs November 25 to December 1 with up to 30% off.", D)],
   """
Subject: Spring into a better workspace

Fresh season, fresh setup. From March 20 to April 2, 2026, you save 15% on Orion chairs and Vega arms, plus 10% on every Atlas desk [1].

Just enter SPRING26 at checkout [1]. Quick heads-up: Nimbus pods and Halcyon Care plans aren't part of the sale [2].

Your back, your neck and your to-do list will thank you. Shop the Spring Sale now.
""")

ex("Promote the trade-in program to owners of older desks",
   [("programs/trade-in.md", "Trade in any working standing desk, from any brand, and get up to $300 credit toward a new Atlas desk. Halcyon collects the old desk for free on delivery day."),
    ("programs/trade-in.md", "Trade-in credit: $300 for motorised desks, $150 for manual crank desks. Offer valid through June 30, 2026.")],
   """
That old desk still has value. Trade in any working standing desk, from any brand, and put up to $300 toward a brand-new Atlas [1].

Motorised desks earn $300. Manual crank desks earn $150 [2]. Even better, we haul the old one away for free on the day your Atlas arrives [1]. No lifting, no listing it online.

The offer runs through June 30, 2026 [2]. Upgrade today and let us do the heavy lifting.
""")

ex("Checkout upsell copy for Halcyon Care on the Orion chair",
   [("programs/halcyon-care.md", "Halcyon Care for Orion extends coverage to 8 years and adds accidental damage protection, including spills and tears. Price: $79 for Orion."),
    ("programs/halcyon-care.md", "Claims are handled online and replacement parts ship within 2 business days."),
    ("legal/privacy.md", "The Halcyon app stores standing data for 24 months.", D)],
   """
Love your Orion for longer. Add Halcyon Care and your chair is covered for 8 years, spills and tears included [1].

Something goes wrong? File your claim online and your replacement parts ship within 2 business days [2]. No long calls. No hassle.

All that peace of mind for $79 [1]. Tick the box and protect your Orion now.
""")

ex("Customer-facing announcement for Helix firmware 4.3",
   [("releases/helix-4.3.md", "Helix 4.3 for Atlas desks (released February 11, 2026) adds anti-collision sensitivity settings with three levels and cuts standby power to 0.3 W."),
    ("releases/helix-4.3.md", "Update over the air via the Halcyon app, version 7.2 or later. The update takes about 4 minutes.")],
   """
Your Atlas just got smarter. Helix 4.3 is out now, released February 11, 2026 [1].

You can now pick from three anti-collision levels, so your desk stops exactly when you want it to [1]. It also sips just 0.3 W on standby [1]. Good for your bill, good for the planet.

Updating takes about 4 minutes in the Halcyon app, version 7.2 or later [2]. Open the app and update tonight.
""")

ex("Announce the new focus timer in the Halcyon app",
   [("releases/app-7.4.md", "Halcyon app 7.4 adds Focus Timer: a 25-minute work block that lowers your Atlas to sitting height and dims your Lumen lamp when it starts. Available on iOS, Android and web from July 8, 2026.")],
   """
Ready to get in the zone? Meet Focus Timer, new in Halcyon app 7.4 [1].

Start a 25-minute block and your workspace sets itself up for you. Your Atlas lowers to sitting height. Your Lumen dims. Distractions drop away [1].

It's live on iOS, Android and web from July 8, 2026 [1]. Update your app and start your first focus session.
""")

ex("Write a webinar invitation about hybrid office planning with Fleet",
   [("events/webinar-hybrid-2026.md", "Webinar: 'Right-size your hybrid office' with Halcyon Fleet product lead Samira Haddad. Thursday, September 17, 2026, 10:00 PT, 45 minutes including live Q&A."),
    ("case-studies/northwind.md", "Northwind Logistics consolidated from three floors to two after six months of Fleet data."),
    ("hr/benefits-2026.md", "Open enrollment for employee benefits runs November 2-16.", D)],
   """
Subject: Too many desks? Let's fix that together.

Join Samira Haddad, product lead for Halcyon Fleet, for "Right-size your hybrid office" on Thursday, September 17, 2026, at 10:00 PT [1].

In 45 minutes, you'll learn how to read your real usage and plan space around it [1]. You'll hear how Northwind Logistics went from three floors to two after six months of Fleet data [2]. Bring your questions for the live Q&A [1].

Save your seat →
""")

ex("Invite customers to visit our booth at NeoCon",
   [("events/neocon-2026.md", "Halcyon exhibits at NeoCon 2026, Chicago, June 8-10, booth 7-4012 at THE MART. On display: Atlas Pro 2, Nimbus Duo and the new Orion Mesh."),
    ("events/neocon-2026.md", "Visitors who book a booth tour get a free Lumen lamp (limit one per company).")]
   ,
   """
Chicago, here we come! Find us at NeoCon 2026, June 8-10, booth 7-4012 at THE MART [1].

You'll get hands-on with Atlas Pro 2, step inside Nimbus Duo and sink into the brand-new Orion Mesh [1]. Book a booth tour ahead of time and you'll leave with a free Lumen lamp, one per company [2].

See you on the floor. Book your booth tour →
""")

ex("Announce the opening of our Austin showroom",
   [("retail/showrooms.md", "New Halcyon showroom opens at 410 Congress Ave, Austin, on October 3, 2026, with the full Atlas, Orion, Vega, Lumen and Nimbus range on display. Hours: Tuesday to Saturday, 10am-7pm."),
    ("retail/showrooms.md", "Every showroom offers free 30-minute ergonomic fittings with a Halcyon specialist.")],
   """
Austin, your new favourite workspace is open. Our showroom at 410 Congress Ave welcomes you from October 3, 2026 [1].

Sit in an Orion. Raise an Atlas. Find the setup that fits the way you really work. Book a free 30-minute ergonomic fitting and a Halcyon specialist will tune everything to you [2].

Drop by Tuesday to Saturday, 10am-7pm [1]. Book your fitting today.
""")

ex("Short case study summary for the website about Brightline Health",
   [("case-studies/brightline.md", "Brightline Health rolled out 340 Atlas S desks and Halcyon Fleet across its Denver and Salt Lake City offices in 2025. Desk booking no-shows fell from 31% to 9%."),
    ("case-studies/brightline.md", "Quote from Brightline's workplace director, Luis Ortega: 'Our people finally trust that a desk will be there.'")],
   """
Brightline Health wanted every desk to earn its place. So they rolled out 340 Atlas S desks and Halcyon Fleet across Denver and Salt Lake City [1].

The result? Booking no-shows dropped from 31% to 9% [1]. "Our people finally trust that a desk will be there," says Luis Ortega, Brightline's workplace director [2].

Your team could feel the same way. Read the full story and book a Fleet demo →
""")

ex("Write copy for our refer-a-friend program",
   [("programs/referral.md", "Refer a friend: your friend gets $50 off their first order over $300, and you get a $50 Halcyon gift card when their order ships. Up to 10 referrals per year."),
    ("operations/same-day-pdx.md", "Same-day delivery in Portland costs $25 for orders placed by 1pm.", D)],
   """
Good setups are meant to be shared. Send your friend your personal link and they get $50 off their first order over $300 [1].

When their order ships, you get a $50 Halcyon gift card [1]. Do it again and again, up to 10 times a year [1]. That's a lot of new lamps.

Share your link today.
""")

ex("Back-in-stock email for the Orion chair in Slate",
   [("inventory/restock-2026-05.md", "Orion in Slate is back in stock as of May 19, 2026 after a six-week sellout. Stock is limited to about 1,200 units in this batch."),
    ("policies/returns.md", "All chairs come with a 60-night home trial. Returns are collected free of charge.")]
   ,
   """
Subject: Orion in Slate is back

You asked. We restocked. Orion in Slate is back as of May 19, 2026 [1].

It sold out in six weeks last time, and this batch is capped at about 1,200 chairs [1]. Don't wait too long.

Still unsure? Try it at home for 60 nights. If it isn't love, we'll collect it for free [2].

Claim your Orion now.
""")

ex("Abandoned cart email for someone who left a Nimbus pod in their cart",
   [("products/nimbus-pod.md", "Nimbus single pod: $7,900 delivered and installed. Installation takes under 2 hours and needs no building permits in most US cities."),
    ("finance/financing.md", "Financing through Affirm from 0% APR over 12 months on orders above $1,000, subject to approval."),
    ("products/vega-arm.md", "Vega single arm now supports monitors up to 34 inches.", D)],
   """
Subject: Your quiet space is still waiting

You were so close. Your Nimbus pod is still in your cart.

Picture it: a private spot for calls and deep work, delivered and installed for $7,900 [1]. Our team sets it up in under 2 hours [1].

Want to spread the cost? Pay over 12 months with Affirm from 0% APR, subject to approval [2].

Finish your order →
""")

ex("Welcome email for new Atlas owners",
   [("onboarding/atlas.md", "New Atlas owners should download the Halcyon app and pair the desk by holding the Helix button for 5 seconds. The app guides users through setting sitting and standing presets."),
    ("community/owners-club.md", "Atlas owners can join the Halcyon Owners Club for early access to launches and a monthly ergonomics newsletter.")],
   """
Subject: Welcome to standing tall

Your Atlas is here. Let's make it yours.

First, grab the Halcyon app and hold the Helix button for 5 seconds to pair your desk [1]. The app walks you through saving your perfect sitting and standing heights [1].

Then join the Halcyon Owners Club. You'll get early access to launches and a monthly ergonomics newsletter [2].

Download the app and set up your desk today.
""")

ex("Email asking recent buyers to leave a review",
   [("campaigns/reviews-2026.md", "Customers who post a verified review within 30 days of delivery are entered into a monthly draw for a $200 Halcyon gift card. Reviews take about two minutes.")],
   """
Subject: How's your new setup?

You've been living with your new Halcyon gear for a little while now. We'd love to hear how it's going.

Leaving a review takes about two minutes [1]. Post yours within 30 days of delivery and you're entered into our monthly draw for a $200 Halcyon gift card [1].

Your words help someone else find their perfect desk. Write your review now.
""")

ex("Announce a limited-edition walnut top for Atlas Pro",
   [("products/atlas-walnut.md", "Limited Edition Atlas Pro with solid American walnut top, 160 x 80 cm. Only 500 units, each numbered with a brass plate. Price $1,890; sales open November 12, 2026."),
    ("products/atlas-walnut.md", "The walnut is sourced from FSC-certified forests in Pennsylvania.")]
   ,
   """
Some desks are tools. This one's an heirloom. Meet the Limited Edition Atlas Pro with a solid American walnut top, 160 x 80 cm of warm, real wood [1].

Only 500 will ever be made, and each one carries its own numbered brass plate [1]. The walnut comes from FSC-certified forests in Pennsylvania [2].

Sales open November 12, 2026, at $1,890 [1]. Set a reminder so you don't miss yours.
""")

ex("Pre-order announcement for the Nimbus Duo two-person pod",
   [("products/nimbus-duo.md", "Nimbus Duo seats two people with a 140 cm table and dual ventilation fans moving 240 m3 of air per hour. Pre-orders open August 4, 2026; deliveries begin in October."),
    ("pricing/nimbus-2026.md", "Nimbus Duo pre-order price $12,400, rising to $13,200 at general availability.")],
   """
Two people. One quiet room. Nimbus Duo is here for your best conversations.

It seats two at a 140 cm table, and twin fans move 240 m3 of fresh air every hour [1]. Your one-on-ones just got a proper home.

Pre-orders open August 4, 2026, with deliveries from October [1]. Lock in $12,400 now, before the price rises to $13,200 [2].

Pre-order your Nimbus Duo →
""")

ex("Free shipping weekend promo for social media",
   [("campaigns/free-shipping-weekend.md", "Free shipping on every order, no minimum, from Friday, February 27 to Sunday, March 1, 2026. Includes Alaska and Hawaii.")],
   """
No minimum. No catch. This weekend, shipping is free on every single order you place [1].

From Friday, February 27 to Sunday, March 1, 2026, we cover the delivery, all the way to Alaska and Hawaii too [1]. Finally grabbing that lamp you've been eyeing? Now's your moment.

Shop free-shipping weekend →
""")

ex("Copy for the educator discount page",
   [("programs/education.md", "Teachers, professors and school staff get 20% off Atlas desks, Orion chairs and Lumen lamps. Verification through SheerID takes under a minute."),
    ("programs/education.md", "Limit two discounted items per verified educator per year.")]
   ,
   """
You shape young minds all day. Let us look after your back.

Teachers, professors and school staff save 20% on Atlas desks, Orion chairs and Lumen lamps [1]. Verifying with SheerID takes under a minute [1]. Then the discount is yours on up to two items a year [2].

Grading at the kitchen table is officially over. Verify and save today.
""")

ex("30-second video voiceover script for the Orion chair",
   [("products/orion-chair.md", "Orion has a self-adjusting lumbar support, 4D armrests and a breathable knit back. It supports users from 150 to 200 cm tall. Price: $795."),
    ("programs/halcyon-care.md", "Every Orion includes a 12-year warranty.")]
   ,
   """
You sit for hours. Your chair should work just as hard.

Meet Orion. Its lumbar support adjusts itself as you move [1]. Four-way armrests go where your arms go. A breathable knit back keeps you cool [1].

Built for people from 150 to 200 cm tall [1]. Backed by a 12-year warranty [2].

Orion. $795 [1]. Find your seat today.
""")

ex("Podcast ad read (host-read) for the Atlas desk",
   [("products/atlas-s.md", "Atlas S standing desk starts at $649 and arrives in one box, assembled in about 20 minutes."),
    ("campaigns/podcast-2026.md", "Podcast listeners get $75 off any Atlas desk with code DEEPWORK through December 31, 2026.")]
   ,
   """
Quick one before we get back to it. I've been standing through half of this episode, thanks to my Atlas desk from Halcyon.

You know that afternoon slump? Stand up, keep going. Atlas S starts at $649 and shows up in one box [1]. You'll have it built in about 20 minutes [1].

And because you listen to the show, you get $75 off any Atlas desk with code DEEPWORK through December 31, 2026 [2].

That's code DEEPWORK. Go stand up for yourself.
""")

ex("Billboard copy for Nimbus pods near downtown offices",
   [("products/nimbus-pod.md", "Nimbus cuts outside noise by up to 30 dB. It can be moved and reassembled by two people in about an hour.")],
   """
Open office? Closed door.

Nimbus gives you a private pod that blocks up to 30 dB of office noise [1]. When your team moves, it moves too. Two people can take it apart and rebuild it in about an hour [1].

Your quiet, wherever you need it. Book a Nimbus visit today.
""")

ex("App store description for the Halcyon app",
   [("products/halcyon-app.md", "The Halcyon app controls Atlas desks, Lumen lamps and Nimbus pod lighting. Features include height presets, standing-time goals, and weekly activity reports. Free on iOS and Android."),
    ("products/halcyon-app.md", "The app is rated 4.7 stars from 18,000 reviews on the App Store."),
    ("products/fleet/overview.md", "Fleet dashboards cover every site.", D)]
   ,
   """
Your whole workspace, in your pocket. The Halcyon app runs your Atlas desk, your Lumen lamp and even the lights in your Nimbus pod [1].

Save your favourite heights. Set a standing goal and watch your streak grow. Check your weekly activity report to see how you're really doing [1].

Rated 4.7 stars from 18,000 reviews on the App Store [2]. Free on iOS and Android [1].

Download it today.
""")

ex("Short 'What's new' text for the app release notes, customer friendly",
   [("releases/app-7.6.md", "Halcyon app 7.6: new dark mode, faster pairing (under 10 seconds), and a home screen widget showing today's standing minutes. Fixes a bug where presets could reset after a power cut.")],
   """
Hello, dark mode! Version 7.6 gives your eyes a break after sunset [1].

Pairing your desk now takes under 10 seconds [1]. A new home screen widget shows today's standing minutes at a glance [1]. And your presets now stay put, even after a power cut [1].

Small changes, smoother days. Update to 7.6 now.
""")

ex("Blog post intro about why standing breaks matter, leading into Atlas",
   [("research/standing-study-2025.md", "In a 2025 study run with Oregon State University, office workers who alternated sitting and standing every 30 minutes reported 32% less lower-back discomfort after eight weeks."),
    ("products/atlas-s.md", "Atlas desks can send a gentle nudge through the Halcyon app when it's time to change position.")]
   ,
   """
You don't need a gym membership to feel better at work. You just need to change position more often.

In a 2025 study we ran with Oregon State University, office workers who switched between sitting and standing every 30 minutes reported 32% less lower-back discomfort after eight weeks [1]. That's a big win for a small habit.

The trick is remembering. Your Atlas desk can nudge you through the Halcyon app when it's time to move [2].

Read on to build your new routine.
""")

ex("Insert card copy that goes in the Lumen lamp box",
   [("products/lumen-lamp.md", "Lumen has a touch dimmer with 5 brightness levels, a colour temperature range of 2,700-6,500 K, and a USB-C charging port in the base."),
    ("support/lumen-setup.md", "Lumen pairs with the Halcyon app over Bluetooth; scan the QR code on the base.")]
   ,
   """
Hello, bright idea. Thanks for bringing Lumen home.

Touch the dimmer to glide through 5 brightness levels [1]. Shift from a cosy 2,700 K to a crisp 6,500 K whenever you like [1]. Your phone can top up from the USB-C port in the base [1].

Want even more control? Scan the QR code on the base to pair Lumen with the Halcyon app [2].

Now go make something great.
""")

ex("Search ad copy: three headlines and two descriptions for the Orion chair",
   [("products/orion-chair.md", "Orion ergonomic chair, $795, free delivery, 60-night home trial, 12-year warranty.")],
   """
Headlines: Meet Orion, Your Back's New Best Friend | Try Orion Free for 60 Nights | 12 Years of Comfort, Guaranteed

Description: Orion supports you all day for $795, and delivery is free [1]. Love it or send it back within 60 nights [1].

Description: Your comfort is covered by a 12-year warranty [1]. Sit better from day one. Shop Orion now.
""")

ex("Push notification and in-app banner for the standing challenge",
   [("campaigns/stand-challenge-2026.md", "The 2026 Stand Up Challenge runs through October: users who log 60 standing minutes a day for 20 days earn a digital badge and 15% off any Vega arm.")],
   """
Push: Your October challenge is live. Stand 60 minutes a day and earn a reward.

Banner: Stand up and win. Log 60 standing minutes a day for 20 days this October [1]. You'll unlock a shiny digital badge plus 15% off any Vega arm [1]. Your desk does the lifting. You just do the standing.

Join the challenge now.
""")

ex("SMS for VIP customers about early access to the sale",
   [("campaigns/black-friday-2026.md", "Owners Club members get early access to Black Friday pricing from November 23, 2026, two days before the public sale. Up to 25% off Atlas and Orion."),
    ("campaigns/black-friday-2026.md", "Early-access link is sent by SMS to opted-in members.")]
   ,
   """
Halcyon VIP: You're in early. As an Owners Club member, you get Black Friday prices from November 23, 2026, two days before everyone else [1]. Save up to 25% on Atlas and Orion [1]. Your private early-access link is right here in this text [2]. Beat the rush and grab your favourites first. Tap to shop.
""")

ex("Comparison copy helping people choose between Atlas S and Atlas Pro",
   [("products/atlas-s.md", "Atlas S: single motor, 71-121 cm height range, 100 kg capacity, from $649."),
    ("products/atlas-pro.md", "Atlas Pro: dual motors, 62-127 cm height range, 150 kg capacity, four memory presets, from $999."),
    ("products/orion-chair.md", "Orion chair ships in 3 colours.", D)]
   ,
   """
Which Atlas is right for you?

Go Atlas S if you want a smart, simple start. One motor, 71-121 cm of range and 100 kg of capacity, from $649 [1]. Perfect for a laptop and a monitor.

Go Atlas Pro if your setup is serious. Dual motors, 62-127 cm of range, 150 kg of capacity and four memory presets, from $999 [2]. Big screens? Tall users? This is your desk.

Still torn? Compare them side by side and pick yours today.
""")

ex("Bundle offer copy: desk, chair and lamp",
   [("campaigns/home-office-bundle.md", "Home Office Bundle: Atlas S + Orion + Lumen for $1,399, saving $134 versus buying separately. Available online only until stocks last."),
    ("policies/shipping.md", "Bundles ship in coordinated delivery so all items arrive the same day.")]
   ,
   """
Everything your home office needs, in one go. Get an Atlas S desk, an Orion chair and a Lumen lamp for $1,399 [1]. That's $134 less than buying them one by one [1].

Even better, it all arrives the same day [2]. One delivery. One afternoon of setup. A whole new way to work.

The bundle is online only and available while stocks last [1]. Build your office today.
""")

ex("Outreach email to an HR lead about B2B volume pricing",
   [("sales/volume-pricing.md", "Volume pricing: orders of 25-99 desks get 12% off list; 100+ desks get 18% off plus free white-glove installation."),
    ("sales/volume-pricing.md", "Every business account gets a dedicated account manager and consolidated invoicing."),
    ("legal/terms-of-sale.md", "Title passes on delivery.", D)]
   ,
   """
Subject: Better desks for your whole team

Hi there,

Your people do their best work when their workspace fits. Kit out 25-99 desks and you save 12% off list [1]. Go for 100 or more and you save 18%, with free white-glove installation included [1].

You'll also get a dedicated account manager and one simple consolidated invoice [2]. Less admin for you, happier teams for everyone.

Let's talk numbers. Book a quick call →
""")

ex("Sustainability story for the Orion product page",
   [("sustainability/orion.md", "Each Orion chair uses 62% recycled polymer and 100% recycled aluminium in its base. Halcyon takes back old Orion chairs for free and recycles 94% of their materials by weight."),
    ("sustainability/report-2025.md", "Halcyon's Portland assembly plant has run on 100% renewable electricity since January 2024.")],
   """
Comfort that doesn't cost the earth. Every Orion you sit in is made with 62% recycled polymer, and its base is 100% recycled aluminium [1].

It's assembled in our Portland plant, which has run on 100% renewable electricity since January 2024 [2].

And when your Orion finally retires, send it back to us for free. We recycle 94% of its materials by weight [1]. Good for you. Good for what comes next.

Choose Orion today.
""")

ex("Announce our partnership with Kessler Coffee for the Nimbus café edition",
   [("press/kessler-partnership.md", "Halcyon and Kessler Coffee Roasters have partnered on the Nimbus Café Edition, a pod with a built-in 40 cm counter and a power outlet rail for cafés and co-working spaces. First installations in Kessler's 14 Seattle cafés from June 2026.")],
   """
Your favourite café just got a quiet corner. We've teamed up with Kessler Coffee Roasters on the Nimbus Café Edition [1].

It's a focus pod with a built-in 40 cm counter and a power outlet rail, made for cafés and co-working spaces [1]. Grab your latte, slip inside and take that call in peace.

Find one in Kessler's 14 Seattle cafés from June 2026 [1]. Stop by and try it for yourself.
""")

ex("Price drop announcement for the Vega single arm",
   [("pricing/2026-q3.md", "Vega Single price reduced from $149 to $119 from July 1, 2026, thanks to a new die-cast process. No change to specs: supports one monitor up to 34 inches and 10 kg.")],
   """
Good news for your neck. Vega Single now costs $119, down from $149, starting July 1, 2026 [1].

We found a smarter way to make it, so you pay less [1]. Nothing else changes. It still holds one monitor up to 34 inches and 10 kg, right at eye level [1].

Raise your screen, not your budget. Shop Vega Single now.
""")

ex("Holiday gift guide entry for the Lumen lamp",
   [("campaigns/gift-guide-2026.md", "Gift guide pick: Lumen Mini, a 28 cm tall version of Lumen with a 10-hour battery, $59. Gift wrapping is free on orders placed before December 15, 2026."),
    ("products/nimbus-pod.md", "Nimbus pods require 2.3 m ceiling height.", D)]
   ,
   """
For the friend who works late. Lumen Mini is 28 cm of warm, portable light that goes from desk to nightstand to sofa [1]. Its 10-hour battery lasts through the longest evening [1].

At $59, it's the thoughtful gift that actually gets used every day [1]. Order before December 15, 2026, and we'll wrap it for free [1].

Gift a little glow. Add Lumen Mini to your cart.
""")

ex("Campaign copy for Halcyon's 12th birthday",
   [("brand/anniversary-2026.md", "Halcyon Works was founded in Portland, Oregon, in 2014 and celebrates its 12th anniversary in 2026. Birthday offer: 12% off sitewide for 12 days, starting May 12, 2026."),
    ("brand/anniversary-2026.md", "Halcyon has shipped more than 310,000 Atlas desks since launch.")]
   ,
   """
Twelve years of better workdays. Halcyon Works started in Portland, Oregon, in 2014, and this year we turn 12 [1].

Since then, more than 310,000 Atlas desks have found a home [2]. Yours could be next.

To celebrate, you get 12% off sitewide for 12 days, starting May 12, 2026 [1]. No code games. Just our thanks.

Join the party and shop the birthday sale.
""")

ex("Invite customers to our annual workspace survey",
   [("research/survey-2026.md", "The 2026 Workspace Survey takes about 7 minutes. Every respondent gets a $15 Halcyon credit, and results will be shared publicly in September 2026."),
    ("people/careers.md", "Halcyon is hiring two senior industrial designers in Portland.", D)]
   ,
   """
Subject: Tell us how you really work

How's your workspace treating you? We want the honest answer.

Our 2026 Workspace Survey takes about 7 minutes [1]. As a thank-you, you'll get a $15 Halcyon credit as soon as you finish [1]. We'll share what we learn with everyone in September 2026 [1].

Your answers shape the desks, chairs and pods we build next. Take the survey now.
""")

ex("Recap post for social after our Design Week Portland event",
   [("events/design-week-pdx-2026.md", "Halcyon hosted 'Work, Reimagined' during Design Week Portland on April 22, 2026 at the Marshall St HQ. 480 guests attended; speakers included designer Keiko Arnesen and author Rafael Mendes."),
    ("events/design-week-pdx-2026.md", "A recording of the panel is available on Halcyon's YouTube channel.")]
   ,
   """
What a night. Thank you to all 480 of you who joined us for "Work, Reimagined" at our Marshall St HQ on April 22, 2026 [1].

You packed the room to hear designer Keiko Arnesen and author Rafael Mendes dig into how great workspaces are made [1]. The questions were sharp. The snacks disappeared fast.

Missed it? The full panel is up on our YouTube channel [2]. Watch the recording now.
""")

ex("Copy for the 'book a Fleet demo' page",
   [("sales/fleet-demo.md", "Fleet demos last 30 minutes and are run live by a solutions specialist using the customer's own floor plan. Demos are available in English, Spanish and German.")]
   ,
   """
See Fleet on your own floor. In a 30-minute live demo, a solutions specialist walks you through Halcyon Fleet using your actual floor plan [1]. No generic slides. Just your desks, your rooms and your questions.

Prefer another language? You can book your demo in English, Spanish or German [1].

You'll leave knowing exactly where your space is working and where it isn't. Pick a time that suits you →
""")

ex("Gift card promo for Mother's Day",
   [("campaigns/gift-cards-2026.md", "Buy a Halcyon gift card of $100 or more between May 1 and May 10, 2026 and receive a bonus $20 card. Digital gift cards are delivered by email instantly.")]
   ,
   """
Not sure which chair she'd pick? Let her choose.

Buy a Halcyon gift card worth $100 or more between May 1 and May 10, 2026, and you'll get a bonus $20 card for yourself [1]. Digital cards land in her inbox instantly, so even last-minute shoppers are covered [1].

Give her the gift of a better workday. Send a gift card today.
""")

ex("Short 'Why Nimbus?' section for the product page",
   [("products/nimbus-pod.md", "Nimbus pods arrive flat-packed and need no construction work. Built-in LED lighting, a 2-speed fan and a power outlet are standard."),
    ("products/nimbus-pod.md", "Nimbus is certified to ISO 23351-1 speech privacy class B.")]
   ,
   """
Why Nimbus? Because your best thinking needs a door.

You won't need builders or weeks of disruption. Nimbus arrives flat-packed and goes up without any construction work [1]. Inside, you get built-in LED lighting, a 2-speed fan and a power outlet, all standard [1].

Your conversations stay private too. Nimbus is certified to ISO 23351-1 speech privacy class B [2].

Make room for focus. Get a Nimbus quote today.
""")

ex("Employer brand post on LinkedIn recruiting industrial designers",
   [("people/careers.md", "Halcyon is hiring two senior industrial designers for its Portland studio. The team ships 3-4 new products a year. Benefits include a $1,500 home office stipend and every employee gets an Atlas Pro."),
    ("products/lumen-lamp.md", "Lumen is available in Graphite and Sage.", D)]
   ,
   """
Want to design the desk you'll work at? We're hiring two senior industrial designers for our Portland studio [1].

You'll help ship 3-4 new products a year, from first sketch to the shelf [1]. You'll get a $1,500 home office stipend, and yes, you'll work at your own Atlas Pro [1].

If you love making everyday objects better, we'd love to meet you. Apply today.
""")

ex("Newsletter section announcing the Orion Mesh",
   [("products/orion-mesh.md", "Orion Mesh is a lighter version of Orion with a full elastomer mesh back, weighing 14 kg. Available from September 9, 2026 at $645 in Black and Fog."),
    ("products/orion-chair.md", "The original Orion knit-back chair remains available at $795.")]
   ,
   """
New this month: Orion Mesh.

You asked for a lighter, airier Orion. Here it is. A full elastomer mesh back keeps you cool, and at 14 kg it's easy to roll wherever you work [1].

Pick Black or Fog from September 9, 2026, at $645 [1]. Love the original knit back? Classic Orion is still here at $795 [2].

Meet Orion Mesh →
""")

ex("Retargeting ad copy for people who viewed the Atlas Pro page",
   [("campaigns/retargeting-q2.md", "Retargeting offer: free Vega Single arm (worth $149) with any Atlas Pro order placed by June 15, 2026.")]
   ,
   """
Still thinking about Atlas Pro? Here's a nudge.

Order your Atlas Pro by June 15, 2026, and you'll get a Vega Single monitor arm free [1]. That's $149 of extra comfort for your neck, on us [1].

Your desk, your screen, both at the perfect height. Claim your free arm now.
""")

ex("Win-back email to customers who haven't ordered in two years",
   [("crm/winback-2026.md", "Win-back offer: customers with no order in 24 months get $40 off orders of $200+ with code WELCOMEBACK, valid 21 days from email send."),
    ("products/catalog-2026.md", "New since 2024: Orion Mesh, Nimbus Duo, Lumen Mini and Vega Dual.")]
   ,
   """
Subject: We've missed you (and a lot has changed)

It's been a while, and you've missed some good stuff. Since 2024, we've launched Orion Mesh, Nimbus Duo, Lumen Mini and Vega Dual [2].

Come see what's new and take $40 off any order of $200 or more with code WELCOMEBACK [1]. Your code is good for 21 days [1].

Welcome back. Start shopping →
""")

ex("Feature spotlight social post on the Atlas anti-collision system",
   [("products/atlas-pro.md", "Atlas Pro uses a gyroscopic anti-collision sensor that stops and reverses the desk by 2 cm when it meets resistance, such as a chair arm or a windowsill.")]
   ,
   """
Your desk has your back. And your chair. And your windowsill.

When Atlas Pro meets something on its way up or down, its gyroscopic sensor stops the desk and backs it off by 2 cm [1]. Chair arms, windowsills, a stray box under the desk: all safe [1].

Move with total confidence. Discover Atlas Pro today.
""")

ex("Rewrite these specs in plain English for the Atlas Pro product page",
   [("products/atlas-pro-specs.md", "Atlas Pro specifications: lift capacity 150 kg; speed 38 mm/s; noise < 45 dB; height range 62-127 cm; standby consumption 0.3 W; 4 memory presets."),
    ("products/atlas-pro-specs.md", "Suitable for users 150-200 cm tall.")]
   ,
   """
Here's what Atlas Pro means for you.

It lifts up to 150 kg, so two big monitors and a stack of books are no problem [1]. It moves at 38 mm per second and stays under 45 dB, quieter than a normal conversation [1]. It fits people from 150 to 200 cm tall [2].

Save four heights and switch with one tap [1]. On standby it uses just 0.3 W [1].

See it move. Shop Atlas Pro now.
""")

ex("Catalogue entry for the Vega Dual arm in the 2026 B2B catalogue",
   [("catalog/b2b-2026.md", "Vega Dual, SKU VGA-D-BLK. Fits desks 10-80 mm thick. Holds two monitors up to 32 inches each. List $229; volume price $189 at 50+ units.")]
   ,
   """
Vega Dual. Two screens, one clean desk.

Give your team two monitors at eye level with one elegant arm. Vega Dual holds two screens up to 32 inches each and clamps onto desks from 10 to 80 mm thick [1]. Your facilities team will love how fast it goes on.

List price is $229. Order 50 or more and you pay just $189 each [1]. Ask for SKU VGA-D-BLK [1].

Request your volume quote today.
""")

ex("Upgrade email for Fleet Standard customers to move to Fleet Plus",
   [("pricing/fleet-2026.md", "Fleet Plus adds live occupancy sensors integration, Microsoft Teams booking and custom reports for $6 per desk per month. Customers upgrading before March 31, 2027 get their first 3 months at the Standard price."),
    ("pricing/fleet-2026.md", "Fleet Standard: $4 per desk per month.")]
   ,
   """
Subject: Get more from Fleet

You already know where your desks are. Fleet Plus shows you how they're really used.

Connect live occupancy sensors, let your team book straight from Microsoft Teams and build custom reports for your leadership team [1]. It's $6 per desk per month [1].

Upgrade before March 31, 2027, and your first 3 months stay at the Standard price of $4 [1][2].

Upgrade to Fleet Plus →
""")

ex("Email warning customers about an upcoming price increase on Atlas",
   [("pricing/2026-q4.md", "Because of higher steel costs, Atlas S list price rises from $649 to $699 and Atlas Pro from $999 to $1,079 on October 1, 2026. Orders placed before then are honoured at current prices.")]
   ,
   """
Subject: Atlas prices change October 1

A quick heads-up so you can plan. On October 1, 2026, Atlas prices go up because steel costs more [1].

Atlas S moves from $649 to $699. Atlas Pro moves from $999 to $1,079 [1].

Been meaning to upgrade? Order before October 1, 2026, and you pay today's prices, guaranteed [1].

Lock in your price now.
""")

ex("Holiday shipping cut-off reminder for the website banner and email",
   [("operations/holiday-2026.md", "Order by December 16, 2026 for standard delivery before December 24. Express shipping ($29) available until December 20. Nimbus pods are excluded from holiday delivery guarantees.")]
   ,
   """
Banner: Order by December 16 for delivery before December 24.

Email: Santa's sleigh has a deadline, and so do we. Order by December 16, 2026, with standard shipping and your gifts arrive before December 24 [1]. Running late? Express shipping is $29 and available until December 20 [1].

Just note that Nimbus pods aren't covered by our holiday delivery guarantee [1].

Get your gifts sorted today.
""")

ex("Announce a pop-up shop in Brooklyn",
   [("retail/popup-brooklyn.md", "Halcyon pop-up at 88 Wythe Ave, Brooklyn, from March 5 to April 26, 2026. Open daily 11am-8pm; visitors can try Atlas desks and Orion chairs. Free espresso from local roaster Parlor Coffee on weekends."),
    ("retail/showrooms.md", "Permanent showrooms: Portland, Seattle, San Francisco.", D)]
   ,
   """
Brooklyn, come sit with us. Our pop-up opens at 88 Wythe Ave on March 5, 2026, and stays until April 26 [1].

Test-drive an Atlas. Try out an Orion. Find the setup that fits how you work. We're open daily, 11am-8pm [1]. Weekends come with free espresso from Parlor Coffee, right down the street [1].

Bring a friend and come say hi this weekend.
""")

ex("Social post announcing a Nimbus giveaway for co-working spaces",
   [("campaigns/cowork-giveaway.md", "Halcyon is giving away one Nimbus pod to a co-working space in the US. Entries close August 31, 2026. Enter by nominating a space and describing how members would use it in 100 words or less."),
    ("legal/giveaway-rules.md", "No purchase necessary. Official rules at halcyonworks.com/giveaway.")]
   ,
   """
Does your co-working space deserve a quiet corner? We're giving away a Nimbus pod to one US co-working space [1].

Nominate your favourite space and tell us, in 100 words or less, how its members would use it [1]. Entries close August 31, 2026 [1]. No purchase necessary, and the official rules live at halcyonworks.com/giveaway [2].

Tag your space and enter today!
""")

ex("Invite owners to the Helix 5 beta",
   [("beta/helix-5.md", "Helix 5 beta opens to 2,000 Atlas Pro owners on January 20, 2027. Beta testers get voice control through the Halcyon app and a limited-edition beta tester badge."),
    ("beta/helix-5.md", "Testers can return to stable firmware at any time in the app settings.")]
   ,
   """
Subject: Want to try Helix 5 first?

You love your Atlas Pro. Now help us shape what it does next. The Helix 5 beta opens to 2,000 Atlas Pro owners on January 20, 2027 [1].

You'll be among the first to control your desk by voice through the Halcyon app [1]. You'll also get a limited-edition beta tester badge [1]. Changed your mind? Switch back to the stable version any time in the app settings [2].

Spots are limited. Request your place now.
""")

ex("YouTube description for the Atlas Pro 2 unboxing video",
   [("video/atlas-pro-2-unboxing.md", "Unboxing and assembly of Atlas Pro 2 with Halcyon product designer Owen Park. Assembly shown in real time: 18 minutes. Tools included in the box."),
    ("products/atlas-pro-2.md", "Atlas Pro 2 starts at $1,249.")]
   ,
   """
Watch Atlas Pro 2 go from box to desk in real time. Product designer Owen Park unboxes it and builds it start to finish in 18 minutes [1].

You'll see every step, and you won't need a toolbox. Everything you need comes inside [1].

Ready to build your own? Atlas Pro 2 starts at $1,249 [2]. Hit subscribe for more setup tips, and order yours from the link below.
""")

ex("In-store sign for the Orion test area",
   [("retail/store-signage.md", "Showroom guests can book a free 15-minute Orion fitting. Specialists adjust seat depth, lumbar and armrests to the guest's body.")]
   ,
   """
Sit down. Stay a while.

You're welcome to try every Orion right here. Want it perfect? Book a free 15-minute fitting [1]. Our specialist will set the seat depth, lumbar and armrests to fit your body, not an average one [1].

Feel the difference for yourself. Ask a specialist to start your fitting.
""")

ex("Email to Atlas owners promoting the new cable tray accessory",
   [("products/accessories.md", "The Atlas Cable Tray fits all Atlas desks made since 2019. It holds a 6-socket power strip and installs with 4 screws in about 10 minutes. Price $45."),
    ("products/accessories.md", "Atlas owners get free shipping on all accessories.")]
   ,
   """
Subject: Say goodbye to the cable jungle

Your Atlas is tidy on top. Let's make it tidy underneath too.

The Atlas Cable Tray fits every Atlas made since 2019 and holds a 6-socket power strip out of sight [1]. Four screws, about 10 minutes, and you're done [1].

It's $45, and as an Atlas owner you get free shipping on all accessories [1][2].

Tidy up your desk today.
""")

ex("Punch up this dry note into a customer announcement: 'Lumen lamp battery life improved'",
   [("releases/lumen-2026.md", "Lumen lamps made from June 2026 use a new 5,000 mAh cell. Battery life at medium brightness rises from 8 to 14 hours. Price unchanged at $89.")]
   ,
   """
More light, less charging. Every Lumen made from June 2026 packs a bigger 5,000 mAh battery [1].

At medium brightness, you now get 14 hours of glow instead of 8 [1]. That's a full workday and a late-night reading session on one charge.

And the price? Still $89 [1]. Bring home the brightest Lumen yet.
""")

ex("Reply to a customer tweet praising their Atlas desk",
   [("social/mentions-2026-03.md", "Customer @jules_codes tweeted: 'Three years with my Atlas and it still moves like day one.'"),
    ("programs/halcyon-care.md", "Atlas frames are covered by a 10-year warranty.")]
   ,
   """
@jules_codes Three years and still moving like day one [1]? That made our whole team smile! Your Atlas was built to keep going, and its frame is covered by a 10-year warranty, so there are plenty more good years ahead [2]. Thanks for standing with us. Send us a photo of your setup and we might feature it on our page.
""")

ex("Write an X thread (3 posts) introducing Halcyon Fleet's new booking feature",
   [("releases/fleet-2026-06.md", "Fleet adds Neighbourhoods in June 2026: teams can reserve a cluster of desks together for up to 14 days ahead. Managers can see who's in on which days."),
    ("releases/fleet-2026-06.md", "Neighbourhoods is included in all Fleet plans at no extra cost.")]
   ,
   """
Want your team to actually sit together on office days? Meet Neighbourhoods, new in Halcyon Fleet this June [1].

Reserve a whole cluster of desks for your team up to 14 days ahead [1]. Managers can see who's coming in on which days, so planning a team lunch is easy [1].

Best part? It's included in every Fleet plan at no extra cost [2]. Log in and set up your first Neighbourhood today.
""")

ex("Write copy for the Vega arm packaging front panel",
   [("products/vega-arm.md", "Vega Single: gas spring arm, supports 2-10 kg monitors up to 34 inches, 360-degree rotation, tool-free height adjustment. Installs in 15 minutes.")]
   ,
   """
VEGA. Your screen, right where you want it.

Lift any monitor from 2 to 10 kg and up to 34 inches to eye level [1]. Spin it a full 360 degrees for portrait mode or quick sharing [1]. Change the height by hand, no tools needed [1].

You'll be up and running in 15 minutes [1]. Open the box and free your desk.
""")

ex("Landing page copy for the Nimbus pod for schools and libraries",
   [("sectors/education-nimbus.md", "Nimbus pods are in use at 85 US libraries and universities. The pod has a wheelchair-accessible variant, Nimbus Access, with a 90 cm door and a flat threshold."),
    ("pricing/nimbus-2026.md", "Education customers receive 10% off Nimbus pods."),
    ("hr/policies/pto.md", "Employees accrue 1.5 PTO days per month.", D)]
   ,
   """
A quiet place to learn, right where your students need it.

Nimbus pods already help students focus in 85 US libraries and universities [1]. Give yours a spot for exam prep, tutoring calls or just getting lost in a book.

Everyone should get in. Nimbus Access has a 90 cm door and a flat threshold for wheelchair users [1]. And as an education customer, you save 10% [2].

Bring Nimbus to your campus. Request a quote →
""")

ex("Customer letter from our CEO announcing Halcyon's carbon-neutral delivery",
   [("brand/ceo-letter-2026.md", "From August 1, 2026, every Halcyon delivery in the US and Canada is carbon neutral, through electric last-mile vans in 9 cities and verified offsets elsewhere. Signed by CEO Mara Lindqvist.")]
   ,
   """
Every desk, chair and lamp you order should arrive without costing the planet. So starting August 1, 2026, every Halcyon delivery in the US and Canada is carbon neutral [1].

In 9 cities, your order now rides in an electric van for the last mile [1]. Everywhere else, we balance it with verified offsets [1]. You don't pay a cent more.

Thank you for building a better workday with us.

Mara Lindqvist, CEO [1]

See how your delivery gets greener.
""")

ex("Meta description and intro paragraph for the Lumen lamp page",
   [("products/lumen-lamp.md", "Lumen desk lamp: adjustable colour temperature 2,700-6,500 K, 5 brightness levels, app control, $89."),
    ("reviews/lumen.md", "Lumen is rated 4.6 stars from 9,300 verified reviews.")]
   ,
   """
Meta: Lumen is the smart desk lamp that adapts to your day, with warm-to-cool light and app control, for just $89 [1].

Intro: Your eyes deserve better than the ceiling light. Lumen gives you light from a cosy 2,700 K to a bright 6,500 K, across 5 brightness levels [1]. Set it by touch or from your phone [1]. No wonder it's rated 4.6 stars from 9,300 verified reviews [2].

Light up your desk. Get Lumen today.
""")

ex("Corporate gifting program copy for HR teams",
   [("sales/corporate-gifting.md", "Corporate gifting: companies can send Lumen Mini or Vega Single to remote employees' homes with a custom note. Minimum order 20 gifts; 15% off list on 100+."),
    ("sales/corporate-gifting.md", "Gifts ship to 30 countries and the employer never needs home addresses; employees enter their own.")]
   ,
   """
Show your remote team some love. Send a Lumen Mini or a Vega Single straight to their homes, each with your own personal note [1].

You don't even need their addresses. Your people enter their own, and gifts ship to 30 countries [2]. Start with as few as 20 gifts, and save 15% off list when you send 100 or more [1].

A better home desk is a thank-you they'll use every day. Start your gift order →
""")

ex("Follow-up email after the Fleet webinar with the recording link",
   [("events/webinar-hybrid-2026.md", "Attendees of 'Right-size your hybrid office' receive the recording and a free Fleet space audit template. 1,140 people registered."),
    ("pricing/fleet-2026.md", "Webinar attendees get a 60-day Fleet trial instead of the standard 30 days."),
    ("products/orion-mesh.md", "Orion Mesh weighs 14 kg.", D)]
   ,
   """
Subject: Your recording and a little extra

Thanks for joining "Right-size your hybrid office." You were one of 1,140 people who registered, and the questions were fantastic [1].

Here's your recording, plus a free Fleet space audit template to get you started [1].

Ready to try it on your own office? As an attendee, you get a 60-day Fleet trial, twice our usual 30 days [2].

Start your 60-day trial →
""")

ex("Reminder email the day before a showroom workshop",
   [("events/seattle-workshop.md", "Workshop: 'Set up your desk like a physio' with physiotherapist Dr. Anika Sørensen, Saturday, March 14, 2026, 11:00, Halcyon Seattle showroom, 1520 Western Ave. Free; 25 places."),
    ("events/seattle-workshop.md", "Attendees get 10% off any purchase made on the day.")]
   ,
   """
Subject: See you tomorrow at 11:00

Tomorrow's the day. "Set up your desk like a physio" with physiotherapist Dr. Anika Sørensen starts Saturday, March 14, 2026, at 11:00 [1].

You'll find us at the Halcyon Seattle showroom, 1520 Western Ave [1]. You're one of only 25 guests, so you'll get real hands-on time [1]. Fall for something? You save 10% on anything you buy on the day [2].

Add it to your calendar and we'll see you there.
""")

ex("Announce the Halcyon Rewards loyalty program",
   [("programs/rewards.md", "Halcyon Rewards launches March 2, 2027: members earn 5 points per $1 spent; 500 points = $25 off. Members also get birthday double points and free express shipping."),
    ("programs/rewards.md", "Joining is free; existing customers get 1,000 welcome points.")]
   ,
   """
Your loyalty deserves a reward. Halcyon Rewards launches March 2, 2027 [1].

Earn 5 points for every $1 you spend. Every 500 points gets you $25 off [1]. You'll also score double points on your birthday and free express shipping, always [1].

Already a customer? You start with 1,000 welcome points, and joining is free [2].

Join Halcyon Rewards today.
""")

ex("Email offering Halcyon Care to Atlas owners whose standard warranty is ending",
   [("programs/halcyon-care.md", "Atlas owners can add Halcyon Care within 90 days before their motor warranty ends. Care extends motor and electronics cover by 5 years for $149 and includes one free technician visit per year."),
    ("crm/care-renewal.md", "Email sent to owners whose 2-year motor warranty ends within 60 days.")]
   ,
   """
Subject: Keep your Atlas covered

Your 2-year Atlas motor warranty ends soon [2], but your peace of mind doesn't have to.

Add Halcyon Care now and your motor and electronics are covered for 5 more years, for $149 [1]. You also get one free technician visit every year [1]. A quick tune-up, on us.

You can only add Care in the 90 days before your current warranty ends [1]. Protect your Atlas today.
""")

ex("Launch copy for Halcyon Renewed, our refurbished outlet",
   [("programs/renewed.md", "Halcyon Renewed sells inspected, refurbished Atlas desks and Orion chairs at 30-45% off new. Every Renewed item passes a 52-point inspection and carries the full new-product warranty."),
    ("programs/renewed.md", "Renewed launches online on February 3, 2027, for US customers only.")]
   ,
   """
Like new. Priced like a very good day. Meet Halcyon Renewed [1].

You get refurbished Atlas desks and Orion chairs for 30-45% less than new [1]. Every one passes a 52-point inspection and comes with the same full warranty as a brand-new product [1]. Better for your wallet. Better for the planet.

Renewed opens online on February 3, 2027, for US customers [2]. Shop Renewed and save.
""")

ex("Landing copy for Halcyon Flex, the desk subscription service",
   [("programs/flex.md", "Halcyon Flex: rent an Atlas S and Orion for $59 a month, minimum 6 months. Swap, upgrade or return any time after that. Delivery and collection included."),
    ("programs/flex.md", "After 24 months of Flex, customers own the furniture outright.")]
   ,
   """
Your dream setup, without the big upfront bill. With Halcyon Flex, you get an Atlas S desk and an Orion chair for $59 a month [1].

Stay at least 6 months. After that, swap, upgrade or send it back whenever life changes [1]. Delivery and collection are always included [1]. Stick with it for 24 months and it's yours to keep [2].

Start your Flex plan today.
""")

ex("Promote the new financing option at checkout",
   [("finance/klarna-2026.md", "From April 2026 customers can pay in 4 interest-free instalments with Klarna on orders between $50 and $2,500."),
    ("legal/disclosures.md", "Klarna financing subject to eligibility check.")]
   ,
   """
Get your setup now. Spread the cost. From April 2026, you can split your order into 4 interest-free payments with Klarna [1].

It works on orders from $50 to $2,500, so that new chair or desk is closer than you think [1]. Just pass a quick eligibility check [2].

Choose Klarna at checkout and start working better today.
""")

ex("Copy for the free office design consultation service",
   [("services/design-consult.md", "Companies planning 50+ desks get a free workplace design consultation: a Halcyon designer visits on site, measures the space and delivers a 3D layout within 10 business days."),
    ("services/design-consult.md", "Available in the US, UK and Germany.")]
   ,
   """
Planning a new office? Let's design it together.

If you're kitting out 50 or more desks, a Halcyon designer will come to your site for free [1]. They'll measure your space, listen to how your teams work and send you a 3D layout within 10 business days [1].

It's available wherever you are in the US, UK and Germany [2].

Book your free consultation →
""")

ex("Promote the white-glove installation service",
   [("services/installation.md", "White-glove installation: two technicians deliver, assemble, level and cable-manage an Atlas desk, then remove all packaging. $149 per desk, or free on Atlas Pro orders over $2,000.")]
   ,
   """
Skip the screwdriver. Our white-glove team does it all.

Two technicians deliver your Atlas, build it, level it and tidy every cable [1]. Then they take all the packaging away with them [1]. You just sit down and start working.

It's $149 per desk, or free when your Atlas Pro order tops $2,000 [1]. Add white-glove installation to your order.
""")

ex("Welcome email for a new Fleet admin",
   [("onboarding/fleet-admin.md", "New Fleet admins should import their floor plan (PDF or DWG), invite their team by email, and set booking rules. Most teams finish setup in under an hour."),
    ("support/fleet-academy.md", "Fleet Academy offers free 20-minute video lessons for admins.")]
   ,
   """
Subject: Welcome to Fleet. Let's get you live.

You're in. Here's how to get your workspace running fast.

Upload your floor plan as a PDF or DWG. Invite your team by email. Set your booking rules [1]. Most teams are done in under an hour [1].

Want a guided tour? Fleet Academy has free 20-minute video lessons made for admins like you [2].

Import your floor plan now.
""")

ex("One-page sales sheet copy for office managers about Nimbus",
   [("sales/nimbus-onepager.md", "Nimbus: one-person pod, 100 x 100 cm footprint, ventilation refreshes air every 60 seconds, occupancy sensor links to Halcyon Fleet. Lead time 4 weeks."),
    ("sales/nimbus-onepager.md", "Customers include Contoso Bank, Finch Studio and the City of Tacoma.")]
   ,
   """
Give every call a private room, in just 100 x 100 cm of floor space [1].

Nimbus refreshes its air every 60 seconds, so your people stay fresh on back-to-back calls [1]. Its occupancy sensor links to Halcyon Fleet, so you always know which pods are free [1].

You'll be in good company with Contoso Bank, Finch Studio and the City of Tacoma [2]. Lead time is just 4 weeks [1].

Request your Nimbus quote today.
""")

ex("Help shoppers choose between Orion and Orion Mesh",
   [("products/orion-chair.md", "Orion: knit back, self-adjusting lumbar, 17 kg, $795, colours Slate, Sand, Ink."),
    ("products/orion-mesh.md", "Orion Mesh: elastomer mesh back, manual lumbar, 14 kg, $645, colours Black and Fog.")]
   ,
   """
Orion or Orion Mesh? Both will change how your back feels by the end of the day. Here's how to pick.

Choose Orion if you want support that thinks for you. Its lumbar adjusts itself, and the soft knit back comes in Slate, Sand or Ink [1]. It's $795 [1].

Choose Orion Mesh if you run warm or love a lighter chair. It weighs 14 kg, has a breathable mesh back and comes in Black or Fog for $645 [2].

Find your Orion today.
""")

ex("Announce Apple Health integration in the Halcyon app",
   [("releases/app-8.0.md", "Halcyon app 8.0 (released January 13, 2027) syncs standing minutes to Apple Health and Google Health Connect. Users can also set move reminders that pause during calendar meetings.")]
   ,
   """
Your standing time now counts. With Halcyon app 8.0, released January 13, 2027, your standing minutes sync straight to Apple Health and Google Health Connect [1].

See your workday activity right next to your steps and sleep. Set move reminders that stay quiet while you're in a meeting [1]. No awkward buzzing mid-call.

Update to 8.0 and connect your health app today.
""")

ex("Announce Slack integration for Halcyon Fleet",
   [("releases/fleet-slack.md", "Fleet for Slack: book a desk with the /desk command, get a morning message with your booking, and see which teammates are in. Free for all Fleet customers from November 2026.")]
   ,
   """
Book your desk without leaving Slack. Fleet for Slack arrives in November 2026, free for every Fleet customer [1].

Type /desk and you're booked [1]. Each morning you get a friendly message with your desk for the day [1]. Curious who's coming in? Check which teammates will be there before you commute [1].

Less tab-switching. More teamwork. Add Fleet to Slack today.
""")

ex("Trust and security section for the Fleet website, for non-technical buyers",
   [("security/fleet-trust.md", "Halcyon Fleet holds SOC 2 Type II and ISO 27001 certifications. Customer data is hosted in the US or EU region of the customer's choice. Fleet never stores photos or names from occupancy sensors.")]
   ,
   """
Your data stays safe. Period.

Halcyon Fleet is independently certified to SOC 2 Type II and ISO 27001 [1]. You choose where your data lives, in the US or the EU [1].

And your people stay anonymous. Our occupancy sensors count, they don't watch. Fleet never stores photos or names from them [1].

Smart space planning, with privacy built in. Talk to our team today.
""")

ex("Copy about Atlas's accessible low height for wheelchair users",
   [("products/atlas-access.md", "Atlas Access has a lowest height of 56 cm and a front-mounted control pad with large tactile buttons. It meets ADA reach-range guidance.")]
   ,
   """
A desk that meets you where you are. Atlas Access lowers all the way to 56 cm, so you can roll right up and work in comfort [1].

The control pad sits at the front, with large tactile buttons that are easy to find and press [1]. It meets ADA reach-range guidance too [1].

Everyone deserves a desk that fits. Discover Atlas Access today.
""")

ex("Social post about the child lock on Atlas desks for parents working from home",
   [("products/atlas-pro.md", "Atlas Pro's child lock disables the control pad after 3 seconds of pressing the lock key, and can also be set from the Halcyon app.")]
   ,
   """
Little hands love big buttons. Your Atlas Pro has you covered.

Hold the lock key for 3 seconds and the control pad stops responding [1]. Prefer your phone? Switch the lock on in the Halcyon app [1]. Your desk stays exactly where you left it, no surprises mid-meeting.

Work from home with peace of mind. Shop Atlas Pro today.
""")

ex("Celebrate our 500,000th Orion chair",
   [("brand/milestones-2026.md", "Halcyon shipped its 500,000th Orion chair on July 22, 2026, to a customer in Minneapolis. The chair was built at the Portland plant."),
    ("brand/milestones-2026.md", "To celebrate, Halcyon is donating 500 Orion chairs to public schools in Oregon.")]
   ,
   """
Half a million! On July 22, 2026, our 500,000th Orion chair left the Portland plant and headed to a lucky customer in Minneapolis [1].

That's half a million better workdays, and it happened because of you. To say thanks, we're donating 500 Orion chairs to public schools in Oregon [2].

Here's to the next 500,000. Find your Orion today.
""")

ex("'Meet the designer' feature for the newsletter",
   [("people/designers.md", "Owen Park joined Halcyon in 2019 and led the design of Atlas Pro 2. Before Halcyon he designed bicycles in Taipei. He works standing up about 60% of the day."),
    ("products/atlas-pro-2.md", "Atlas Pro 2 launched May 6, 2026.")]
   ,
   """
Meet Owen Park, the designer behind Atlas Pro 2 [1].

Owen joined us in 2019 after years designing bicycles in Taipei [1]. You can feel that background in how smoothly Atlas Pro 2 moves. He practices what he preaches too, working standing up about 60% of his day [1].

Atlas Pro 2 launched May 6, 2026, and it carries his obsession with detail in every part [2].

Read Owen's full story and see his desk setup.
""")

ex("Invitation to tour our Portland factory",
   [("events/factory-tours.md", "Free guided tours of Halcyon's Portland assembly plant run on the first Friday of each month at 2pm. Tours last 75 minutes; closed-toe shoes required; ages 12+."),
    ("events/factory-tours.md", "Tour guests receive a 15% discount code valid for 7 days.")]
   ,
   """
Ever wondered how your desk is made? Come and see for yourself.

Join a free guided tour of our Portland assembly plant on the first Friday of each month at 2pm [1]. In 75 minutes, you'll see desks come together from frame to finish [1]. Wear closed-toe shoes, and tours are open to ages 12+ [1].

You'll leave with a 15% discount code good for 7 days [2]. Book your tour today.
""")

ex("Announce the Halcyon Summit customer conference",
   [("events/summit-2026.md", "Halcyon Summit 2026: October 20-21, Portland Convention Center. 40+ sessions on workplace strategy; keynote by CEO Mara Lindqvist. Early-bird passes $299 until August 15."),
    ("events/summit-2026.md", "Fleet customers get two free passes per account.")]
   ,
   """
The future of work has a meeting place. Join us at Halcyon Summit 2026, October 20-21, at the Portland Convention Center [1].

Pick from 40+ sessions on workplace strategy and hear CEO Mara Lindqvist's keynote [1]. You'll leave with ideas you can put to work right away.

Grab your early-bird pass for $299 until August 15 [1]. Fleet customer? Two passes per account are on us [2].

Register for Summit →
""")

ex("Share our G2 award for Fleet on LinkedIn",
   [("press/g2-2026.md", "Halcyon Fleet was named a Leader in G2's Summer 2026 Workspace Management report, with a 4.8/5 user rating from 390 reviews."),
    ("press/2026-awards.md", "The Orion chair won a Red Dot Award in March 2026.", D)]
   ,
   """
You said it, and G2 listened. Halcyon Fleet is a Leader in G2's Summer 2026 Workspace Management report [1].

Our users gave Fleet a 4.8/5 rating across 390 reviews [1]. Every one of those reviews came from a team that plans space smarter with us. Thank you for every word.

Want to see what they love? Book a Fleet demo →
""")

ex("Social post sharing a magazine review of Atlas Pro 2",
   [("press/coverage-2026.md", "Wired reviewed Atlas Pro 2 in June 2026, scoring it 9/10 and calling it 'the quietest standing desk we've tested'."),
    ("products/vega-arm.md", "Vega Dual costs $229.", D)]
   ,
   """
Don't just take our word for it. Wired reviewed Atlas Pro 2 in June 2026 and gave it 9/10 [1].

Their verdict? "The quietest standing desk we've tested" [1]. Your early-morning calls and late-night sessions just got a lot more peaceful.

Read the full review, then hear the quiet for yourself. Order Atlas Pro 2 today.
""")

ex("Main Black Friday announcement email",
   [("campaigns/black-friday-2026.md", "Black Friday 2026: November 25 to December 1. 25% off Atlas Pro and Orion, 20% off Nimbus, 30% off Lumen. No code needed."),
    ("campaigns/black-friday-2026.md", "Halcyon Care plans are 50% off with any furniture purchase during the sale.")]
   ,
   """
Subject: Our biggest sale of the year starts now

This is the one you've been waiting for. From November 25 to December 1, you save 25% on Atlas Pro and Orion, 20% on Nimbus and 30% on Lumen [1]. No code needed [1].

Buying furniture? Add Halcyon Care at 50% off and protect your new gear for years [2].

Your dream setup has never cost less. Shop Black Friday now.
""")

ex("Last-chance Cyber Monday email",
   [("campaigns/cyber-monday-2026.md", "Cyber Monday extension: sale prices end Monday, December 1, 2026 at 11:59pm PT. Atlas Pro stock in Walnut and Oak tops is below 200 units.")]
   ,
   """
Subject: Last call. Tonight's the night.

The clock is ticking. Sale prices end tonight, Monday, December 1, 2026, at 11:59pm PT [1].

If your heart is set on an Atlas Pro with a Walnut or Oak top, move fast. Fewer than 200 are left [1].

Don't let your perfect desk slip away. Shop before midnight.
""")

ex("24-hour flash sale post for Instagram stories",
   [("campaigns/flash-sale-0312.md", "Flash sale: 24 hours only, March 12, 2026. Vega Dual $169 (usually $229). Limit 2 per customer.")]
   ,
   """
Blink and you'll miss it. For 24 hours only on March 12, 2026, Vega Dual drops to $169, down from $229 [1].

Two screens, floating right at eye level, and a desk you can actually see again. You can grab up to 2 [1]. Don't sleep on this one.

Swipe up and shop before midnight.
""")

ex("Back-to-school campaign for students setting up a dorm desk",
   [("campaigns/back-to-school-2026.md", "Back to school, August 1-31, 2026: students save 15% on Atlas S, Lumen and Lumen Mini with a valid .edu email. Atlas S 100 x 60 cm compact top fits most dorm rooms.")]
   ,
   """
New semester, new setup. From August 1-31, 2026, you save 15% on Atlas S, Lumen and Lumen Mini with your .edu email [1].

Tiny dorm room? The compact 100 x 60 cm Atlas S top fits right in [1]. Stand for reading, sit for writing, and light it all with Lumen.

Ace your study space. Shop back-to-school deals now.
""")

ex("New Year campaign about healthier work habits",
   [("campaigns/new-year-2027.md", "New Year campaign January 2-15, 2027: buy any Atlas desk and get 3 months of guided standing plans in the Halcyon app free (normally $4.99/month)."),
    ("research/standing-study-2025.md", "Users who followed a guided standing plan stood an average of 94 minutes more per week.")]
   ,
   """
This year, make the easiest resolution you'll ever keep.

Buy any Atlas desk between January 2-15, 2027, and you get 3 months of guided standing plans in the Halcyon app, free [1]. That's normally $4.99 a month [1].

It works. People who follow a guided plan stand an average of 94 minutes more each week [2]. No gym, no early alarms.

Start your healthiest year at your desk. Shop Atlas today.
""")

ex("Earth Day post about our packaging change",
   [("sustainability/packaging-2026.md", "From Earth Day, April 22, 2026, all Halcyon packaging is plastic-free: moulded pulp replaces foam, and boxes are 90% recycled cardboard. This removes 180 tonnes of plastic a year.")]
   ,
   """
Happy Earth Day! From today, April 22, 2026, every Halcyon box you open is plastic-free [1].

Moulded pulp replaces the foam, and our boxes are made from 90% recycled cardboard [1]. Together, that's 180 tonnes of plastic gone every year [1].

Your new desk arrives safe. The planet stays a little cleaner. Unbox better with your next order.
""")

ex("Summer campaign pushing Orion Mesh for hot home offices",
   [("campaigns/summer-2026.md", "Summer Cool campaign, June 15 to July 31, 2026: Orion Mesh $575 (usually $645). Mesh back increases airflow by 40% versus Orion knit back in Halcyon lab tests.")]
   ,
   """
Hot home office? Keep your cool.

Orion Mesh lets air flow right through its back, up to 40% more than our knit-back Orion in our lab tests [1]. No more sticky afternoons.

From June 15 to July 31, 2026, you get it for $575 instead of $645 [1]. Summer just got a lot more comfortable.

Grab your Orion Mesh today.
""")

ex("Announce that we now ship to Canada",
   [("operations/canada-launch.md", "Halcyon begins shipping to Canada on September 1, 2026. Prices in CAD, duties included. Free delivery on orders over CA$150; delivery in 4-8 business days."),
    ("operations/canada-launch.md", "A Vancouver showroom is planned for 2027.")]
   ,
   """
Hello, Canada! From September 1, 2026, you can get Halcyon delivered straight to your door [1].

You'll see prices in CAD with duties already included, so there are no surprises at delivery [1]. Orders over CA$150 ship free, and arrive in 4-8 business days [1].

And we're not stopping there. A Vancouver showroom is planned for 2027 [2].

Start shopping in CAD today.
""")

ex("Announce same-day delivery in Portland",
   [("operations/same-day-pdx.md", "Same-day delivery in the Portland metro area for orders placed by 1pm, Monday to Saturday. $25 flat fee. Covers Lumen, Vega and Orion; not available for Atlas or Nimbus.")]
   ,
   """
Portland, you don't have to wait. Order by 1pm, Monday to Saturday, and your gear arrives the same day [1].

Same-day delivery covers Lumen, Vega and Orion anywhere in the Portland metro area, for a flat $25 [1]. Need a new chair before tomorrow's big day? Done. Atlas desks and Nimbus pods aren't included yet [1].

Order by 1pm and sit pretty tonight.
""")

ex("Extended holiday returns copy for product pages",
   [("policies/returns-holiday-2026.md", "Purchases made between November 1 and December 24, 2026 can be returned until January 31, 2027. Standard return window is 30 days. Nimbus pods excluded.")]
   ,
   """
Shop early and relax. Anything you buy between November 1 and December 24, 2026, can come back to us until January 31, 2027 [1].

That's far more time than our usual 30 days, so your gift has plenty of room to win them over [1]. One note: Nimbus pods aren't included [1].

Gift with confidence. Start your holiday shopping now.
""")

ex("Announce 24/7 chat support to customers",
   [("support/hours-2026.md", "From March 2, 2026, Halcyon chat support is available 24/7 in English. Phone support hours remain 6am-6pm PT, Monday to Friday. Average chat reply time: 90 seconds.")]
   ,
   """
Questions at midnight? We're here. From March 2, 2026, you can chat with Halcyon support 24/7 in English [1].

On average, you'll get a reply in 90 seconds [1]. Prefer to talk? Phone support is still open 6am-6pm PT, Monday to Friday [1].

Help is always a tap away. Start a chat anytime.
""")

ex("Announce that we now accept Apple Pay and Google Pay",
   [("payments/wallets-2026.md", "Apple Pay and Google Pay are accepted on halcyonworks.com and in the Halcyon app from June 3, 2026. Checkout time drops from an average of 3 minutes to 40 seconds."),
    ("products/nimbus-duo.md", "Nimbus Duo ships with a 140 cm table.", D)]
   ,
   """
Checkout just got a whole lot quicker. From June 3, 2026, you can pay with Apple Pay or Google Pay on our website and in the Halcyon app [1].

No card hunting. No typing long numbers. Average checkout time falls from 3 minutes to 40 seconds [1]. That's more time to admire your new desk.

Tap, pay, done. Shop now.
""")

ex("Write copy for our price-match guarantee",
   [("policies/price-match.md", "Halcyon matches the price of any authorised US retailer selling the same Halcyon product, new and in stock, within 14 days of purchase. The difference is refunded to the original payment method.")]
   ,
   """
Found it cheaper? We'll match it.

If an authorised US retailer lists the same Halcyon product, new and in stock, for less within 14 days of your purchase, just tell us [1]. We'll refund the difference straight to your original payment method [1].

Shop with total confidence. Buy from us today.
""")

ex("Launch copy for our colour of the year, Terracotta",
   [("brand/colour-2027.md", "Halcyon's 2027 colour of the year is Terracotta, available on Orion, Lumen and Nimbus from January 6, 2027 for one year only."),
    ("brand/colour-2027.md", "Terracotta was chosen by 22,000 customers in an online vote."),
    ("policies/shipping.md", "Orders to Alaska and Hawaii take 7-10 business days.", D)]
   ,
   """
Meet Terracotta, our colour of the year for 2027 [1]. Warm, earthy and full of life, just like your best workdays.

You picked it. More than 22,000 of you voted, and Terracotta won [2]. Now it's coming to Orion, Lumen and Nimbus from January 6, 2027 [1].

Here's the catch: it's only around for one year [1]. Bring home Terracotta while you can.
""")

ex("Announce the limited Lumen collaboration with artist Naomi Ferreira",
   [("products/lumen-naomi-ferreira.md", "Lumen x Naomi Ferreira: 1,000 Lumen lamps with a hand-drawn botanical pattern by the Lisbon-based illustrator. $129 each, on sale October 14, 2026. 10% of proceeds go to the Portland Art Museum's youth program.")]
   ,
   """
Art you can switch on. We've teamed up with Lisbon illustrator Naomi Ferreira on a limited Lumen covered in her hand-drawn botanical pattern [1].

Only 1,000 will be made, each $129 [1]. Every lamp does good too, with 10% of proceeds going to the Portland Art Museum's youth program [1].

It goes on sale October 14, 2026 [1]. Set your alarm and bring home a little piece of art.
""")

ex("Social post about donating desks to schools",
   [("community/desks-for-schools.md", "Desks for Schools: for every 10 Atlas desks sold in September 2026, Halcyon donates one Atlas S to a public school classroom. The goal is 2,000 donated desks."),
    ("hr/policies/travel.md", "Employees book travel through Navan.", D)]
   ,
   """
Your new desk can help a classroom too. This September, for every 10 Atlas desks sold, we'll donate an Atlas S to a public school classroom [1].

Our goal is 2,000 donated desks [1]. That's a lot of kids who get to stand, stretch and learn their way.

Ready to help? Pick your Atlas this month and a classroom wins too.
""")

ex("Waitlist sign-up copy for the upcoming Atlas Junior",
   [("products/atlas-junior.md", "Atlas Junior is a height-adjustable desk for children aged 6-14, ranging from 52 to 82 cm. Expected launch: spring 2027. Waitlist members get first access and free shipping."),
    ("products/atlas-junior.md", "Atlas Junior has rounded corners and a pinch-safe lifting column.")]
   ,
   """
A desk that grows with your kid. Atlas Junior fits children aged 6-14, adjusting from 52 to 82 cm as they shoot up [1].

Rounded corners and a pinch-safe lifting column keep small fingers safe [2]. Homework time has never looked better.

It's coming in spring 2027. Join the waitlist and you'll get first access and free shipping [1].

Join the waitlist now.
""")

ex("Teaser social post for a product launch next week, without revealing the name",
   [("campaigns/teaser-nov-2026.md", "Teaser for a new product revealed on November 4, 2026 at 9am PT. It is a Nimbus accessory. The teaser may say only: 'It's small, it's smart, and it makes your pod even quieter.'")]
   ,
   """
Something new is coming to your Nimbus.

It's small, it's smart, and it makes your pod even quieter [1]. That's all we can say for now.

Mark your calendar for November 4, 2026, at 9am PT, when we pull back the curtain [1]. Turn on notifications so you're the first to see it.
""")

ex("Countdown email: 24 hours left on the Orion offer",
   [("campaigns/orion-fall-2026.md", "Orion fall offer ends October 18, 2026: free headrest (worth $95) with every Orion. Headrest fits all Orion and Orion Mesh chairs made since 2022. The final reminder email goes out 24 hours before the offer ends.")]
   ,
   """
Subject: 24 hours left for your free headrest

Tick, tock. You've got until October 18, 2026, to claim a free headrest with every Orion [1].

That's $95 of extra comfort for your neck and shoulders, on us [1]. It fits every Orion and Orion Mesh made since 2022, so it works with the chair you'll love [1].

Grab your Orion before the offer ends.
""")

ex("Delivery-day text message for Atlas customers",
   [("operations/delivery-sms.md", "Delivery SMS is sent at 7am on delivery day with a 2-hour arrival window. Customers can reschedule by replying R."),
    ("onboarding/atlas.md", "Atlas assembly video: about 20 minutes, linked in the SMS.")]
   ,
   """
Your Atlas arrives today! Watch for our driver in your 2-hour arrival window [1]. Plans changed? Just reply R and pick a new day [1]. While you wait, check out the assembly video linked here. You'll be standing tall in about 20 minutes [2]. Clear a little space and get ready to meet your new desk.
""")

ex("Transit ad copy for buses in Seattle",
   [("campaigns/seattle-transit.md", "Seattle transit campaign: promote the Seattle showroom at 1520 Western Ave, open 7 days a week. Free ergonomic fitting with any visit.")]
   ,
   """
Your commute ends. Your comfort begins.

Hop off and visit our Seattle showroom at 1520 Western Ave, open 7 days a week [1]. Sit in every chair. Raise every desk. Get a free ergonomic fitting with any visit [1].

Your back will thank you long after your bus ride. Come see us this week.
""")

ex("Full-page magazine ad copy for Atlas Pro 2",
   [("products/atlas-pro-2.md", "Atlas Pro 2: 45 mm/s lift, under 42 dB, 170 kg capacity, brushed aluminium legs in Silver, Black or Bronze."),
    ("products/atlas-pro-2.md", "Available at all Halcyon showrooms and halcyonworks.com from $1,249."),
    ("press/coverage-2026.md", "Fast Company named Orion one of 2025's best designs.", D)]
   ,
   """
Quiet power.

Your desk should move as fast as your ideas. Atlas Pro 2 rises at 45 mm per second while staying under 42 dB [1]. It carries up to 170 kg on brushed aluminium legs in Silver, Black or Bronze [1].

Strong enough for your biggest setup. Quiet enough for your earliest call.

Atlas Pro 2, from $1,249. Find yours at any Halcyon showroom or halcyonworks.com [2].
""")

ex("Ad copy for a facilities management trade magazine promoting Fleet",
   [("case-studies/meridian.md", "Meridian Insurance used Fleet to close one of four floors in its Boston office, saving $1.2 million a year in lease costs."),
    ("products/fleet/overview.md", "Fleet connects to existing badge systems and Halcyon occupancy sensors.")]
   ,
   """
What if one of your floors is empty and you don't know it?

Meridian Insurance found out with Halcyon Fleet. They closed one of four floors in their Boston office and now save $1.2 million a year on their lease [1].

Fleet works with the badge system you already have, plus Halcyon occupancy sensors [2]. You see the truth about your space, fast.

Find your hidden floor. Book a Fleet demo →
""")

ex("Invite Owners Club members to our online community forum",
   [("community/forum.md", "The Halcyon Community forum launched in January 2026 and has 26,000 members. Product managers host monthly 'Ask Me Anything' sessions."),
    ("community/forum.md", "New members get a badge and early access to beta software.")]
   ,
   """
Your people are in here. Join 26,000 Halcyon owners on our Community forum [1].

Swap desk setups. Share your favourite tips. Ask our product managers anything in their monthly live sessions [1]. As a new member, you'll also get a welcome badge and early access to beta software [2].

Come say hello. Join the Community today.
""")

ex("Landing page copy for the 'Find your desk' quiz",
   [("campaigns/desk-quiz.md", "The Find Your Desk quiz has 6 questions and takes about 90 seconds. It recommends an Atlas model, top size and accessories. Quiz takers get 5% off their first order.")]
   ,
   """
Not sure which Atlas is yours? Let's find out together.

Answer 6 quick questions about how you work [1]. In about 90 seconds, you'll get your perfect Atlas model, top size and accessories [1]. No guesswork. No endless comparing.

Plus, you'll get 5% off your first order just for taking it [1].

Take the quiz now.
""")

ex("Recruit customers for our brand ambassador program",
   [("programs/ambassadors.md", "Halcyon Ambassadors: creators with 5,000+ followers who post about their workspace. Ambassadors get free products each season and 10% commission on sales via their link."),
    ("programs/ambassadors.md", "Applications for the 2027 cohort close December 1, 2026.")]
   ,
   """
Love showing off your desk setup? Get rewarded for it.

If you have 5,000+ followers and love sharing your workspace, become a Halcyon Ambassador [1]. You'll get free products every season and earn 10% commission on every sale through your link [1].

Applications for the 2027 group close December 1, 2026 [2]. Apply now and let's make something beautiful together.
""")

ex("Announce a partnership with the wellness app Stretchly",
   [("press/stretchly-partnership.md", "Halcyon partners with Stretchly, a workplace wellness app. Halcyon app users get 6 months of Stretchly Premium free from March 2027; Stretchly sessions can raise or lower an Atlas automatically."),
    ("finance/q4-results.md", "Q4 revenue grew 18% year over year.", D)]
   ,
   """
Your desk just joined your wellness routine. We've partnered with Stretchly, the workplace wellness app [1].

From March 2027, you get 6 months of Stretchly Premium free through the Halcyon app [1]. Start a stretching session and your Atlas raises or lowers itself to match [1]. Move more without even thinking about it.

Open the Halcyon app and claim your free Premium.
""")

ex("Copy for hotels about installing Nimbus pods in their lobbies",
   [("sectors/hospitality.md", "Hotels using Nimbus pods in lobbies include The Hollis in Denver and Marlowe Hotels. Guests book pods by the hour through a QR code. Pods can be branded with the hotel's logo."),
    ("sectors/hospitality.md", "Hospitality clients get 18-month payment plans.")]
   ,
   """
Give your guests a quiet place to work, right off the lobby.

Nimbus pods are already welcoming business travellers at The Hollis in Denver and at Marlowe Hotels [1]. Your guests scan a QR code and book by the hour [1]. Add your logo and it feels like part of your brand [1].

Spread the cost with an 18-month payment plan [2]. Talk to us about your lobby today.
""")

ex("Email signature banner text for the sales team promoting Summit",
   [("events/summit-2026.md", "Halcyon Summit 2026, October 20-21, Portland. Use code SALESGUEST for 20% off any pass.")]
   ,
   """
Join us at Halcyon Summit 2026, October 20-21 in Portland [1]. Two days of fresh ideas for your workplace, with people who care about great work as much as you do. Use code SALESGUEST and you save 20% on any pass [1]. Bring your team and your toughest questions. Grab your pass today.
""")

ex("Product description for the Nimbus pod on the website",
   [("products/nimbus-pod.md", "Nimbus single pod: 100 x 100 x 225 cm, 30 dB noise reduction, 2-speed ventilation fan, adjustable LED light, power and USB-C outlets, tempered glass door. From $7,900 installed."),
    ("products/nimbus-pod.md", "Available in Fern, Charcoal and Oat felt."),
    ("products/lumen-lamp.md", "Lumen lamp pairs via Bluetooth.", D)]
   ,
   """
Your own quiet room, in the middle of any office.

Nimbus cuts up to 30 dB of outside noise, so your calls stay clear and your focus stays sharp [1]. A 2-speed fan keeps the air fresh, and the adjustable LED light is easy on your eyes [1]. Plug in at the power and USB-C outlets [1].

It measures 100 x 100 x 225 cm and comes in Fern, Charcoal or Oat felt [1][2].

From $7,900 installed [1]. Get your Nimbus quote today.
""")

ex("Radio ad script promoting the San Francisco showroom",
   [("retail/showrooms.md", "San Francisco showroom, 655 Market St, open Monday to Saturday 10am-7pm and Sunday 11am-5pm. Free parking validation for 2 hours."),
    ("retail/showrooms.md", "Showroom visitors can test every Halcyon product and book same-week delivery.")]
   ,
   """
Hey, San Francisco. How's your chair treating you? Be honest.

Come down to the Halcyon showroom at 655 Market St and try every single Halcyon product [1][2]. Raise the desks. Sink into the chairs. Step inside a pod.

Found the one? Book same-week delivery before you leave [2]. We're open Monday to Saturday, 10am-7pm, and Sunday, 11am-5pm, with 2 hours of free parking validation [1].

Halcyon, 655 Market St. Come sit with us.
""")

ex("Day-3 onboarding tips email for new Orion owners",
   [("onboarding/orion.md", "Tips for new Orion owners: set seat height so thighs are level, slide the seat so 2-3 fingers fit behind the knee, and lock the recline for focused work. Most people take about 7 days to fully adjust to a new chair."),
    ("programs/halcyon-care.md", "Orion includes a 12-year warranty.", D)]
   ,
   """
Subject: Three quick tweaks for your Orion

You're a few days in. Let's make Orion feel like it was made just for you.

Set your seat height so your thighs sit level. Slide the seat until 2-3 fingers fit behind your knee. Lock the recline when you need to focus [1].

Feeling a little different? That's normal. Most people take about 7 days to fully settle into a new chair [1].

Try these today and feel the difference.
""")

ex("Testimonial block intro for the Atlas landing page",
   [("reviews/atlas-top.md", "Atlas desks hold a 4.8 average rating from 41,000 verified reviews. Top review by Priyanka M., Chicago: 'I forgot what a sore back felt like.'")]
   ,
   """
Don't take our word for it. Take theirs.

Atlas desks average 4.8 stars from 41,000 verified reviews [1]. That's a lot of happier workdays.

"I forgot what a sore back felt like," says Priyanka M. from Chicago [1]. Your story could be next.

Read more reviews and find your Atlas today.
""")

ex("Promote chair trade-in for old office chairs",
   [("programs/trade-in-chairs.md", "Chair trade-in: trade any office chair and get $100 off an Orion or $75 off an Orion Mesh. Old chairs are refurbished for donation or recycled. Offer ends September 30, 2026."),
    ("programs/trade-in.md", "Desk trade-in credit is $300 for motorised desks.", D)]
   ,
   """
Your old chair has one more job to do. Trade in any office chair and get $100 off an Orion, or $75 off an Orion Mesh [1].

Your old chair won't end up in a landfill. We refurbish it for donation or recycle it responsibly [1].

The offer ends September 30, 2026 [1]. Swap your squeaky seat for something better today.
""")

ex("Announce Fleet visitor management feature",
   [("releases/fleet-visitors.md", "Fleet Visitors lets hosts pre-register guests, sends guests a QR code by email, and notifies the host on Slack or Teams when the guest arrives. Included in Fleet Plus; add-on for Standard at $99 per site per month.")]
   ,
   """
Make every guest feel expected. Meet Fleet Visitors [1].

Register your guests ahead of time and they'll get a QR code by email [1]. When they arrive, you get a ping on Slack or Teams [1]. No lobby shuffle, no awkward waiting.

It's included with Fleet Plus, or you can add it to Fleet Standard for $99 per site per month [1].

Welcome your next guest with Fleet Visitors →
""")

ex("Launch the Orion headrest accessory",
   [("products/orion-headrest.md", "The Orion Headrest adjusts 8 cm up and down and tilts 30 degrees. Installs in 2 minutes without tools. $95. Compatible with Orion chairs made since 2022.")]
   ,
   """
Lean back. We've got you. The new Orion Headrest moves 8 cm up or down and tilts 30 degrees to cradle your head just right [1].

It clicks onto any Orion made since 2022 in 2 minutes, no tools needed [1]. Perfect for that thinking-break lean.

Give your neck a rest for $95 [1]. Add the headrest today.
""")

ex("Copy for the Vega laptop tray accessory",
   [("products/vega-laptop-tray.md", "Vega Laptop Tray attaches to any Vega arm, holds laptops 11-17 inches, and has ventilation slots to keep laptops cool. $39."),
    ("products/vega-laptop-tray.md", "Available in Black and White.")]
   ,
   """
Your laptop deserves eye level too. The Vega Laptop Tray clips onto any Vega arm and holds laptops from 11 to 17 inches [1].

Ventilation slots keep your machine cool through long days [1]. Pick Black or White to match your setup [2].

No more hunching over a tiny screen. Grab yours for $39 [1].
""")

ex("'Why Halcyon' paragraph for the about page",
   [("brand/about.md", "Halcyon Works was founded in 2014 in Portland, Oregon, by Mara Lindqvist and Devendra Rao. Today about 420 people design and build smart office furniture and the software that runs it."),
    ("brand/about.md", "Every Halcyon product is designed in Portland and tested for at least 50,000 cycles.")]
   ,
   """
You spend a huge part of your life at work. Your workspace should make it better.

That's why Mara Lindqvist and Devendra Rao started Halcyon Works in Portland, Oregon, in 2014 [1]. Today, about 420 of us design and build smart office furniture and the software that runs it [1].

Everything we make is designed in Portland and tested for at least 50,000 cycles before it reaches you [2].

Meet the products that make work feel better.
""")

ex("Order confirmation email copy that feels delightful",
   [("operations/order-confirmation.md", "Order confirmation email includes estimated delivery date and tracking link. Orders ship from the Reno, Nevada warehouse within 2 business days."),
    ("community/owners-club.md", "Buyers are automatically enrolled in the Owners Club newsletter.")]
   ,
   """
Subject: You did it. Your order is confirmed!

Great choice. Your new Halcyon gear is getting ready for its trip to you.

Your order leaves our Reno, Nevada warehouse within 2 business days [1]. Your estimated delivery date and tracking link are right below [1].

While you wait, keep an eye on your inbox. You're now part of the Owners Club newsletter, full of setup ideas and early news [2].

Track your order here.
""")

ex("Announce the winner of the Nimbus co-working giveaway",
   [("campaigns/cowork-giveaway-winner.md", "The Nimbus giveaway winner is The Foundry, a co-working space in Boise, Idaho, with 120 members. The pod will be installed in October 2026. The giveaway received 3,400 nominations.")]
   ,
   """
And the winner is... The Foundry in Boise, Idaho [1]!

You sent in 3,400 nominations, and The Foundry's 120 members stole our hearts [1]. Their new Nimbus pod will be installed in October 2026 [1]. Quiet calls, deep focus and a lot of happy co-workers are on the way.

Thank you to every space that entered. Follow along to see the install.
""")

ex("Invite HR leaders to an ergonomics webinar",
   [("events/webinar-ergonomics.md", "Webinar 'Ergonomics for hybrid teams' on February 18, 2027 at 9:00 PT with certified ergonomist Dr. Marcus Bell. Attendees receive a printable home-office checklist and HR credit from SHRM (1 PDC)."),
    ("events/webinar-hybrid-2026.md", "Fleet webinar recorded September 2026.", D)]
   ,
   """
Subject: Healthier hybrid teams start here

Your people work from home, the office and everywhere in between. Are their setups helping or hurting?

Join certified ergonomist Dr. Marcus Bell for "Ergonomics for hybrid teams" on February 18, 2027, at 9:00 PT [1]. You'll walk away with a printable home-office checklist and 1 PDC of SHRM credit [1].

Save your spot →
""")

ex("Announce our presence at Clerkenwell Design Week in London",
   [("events/cdw-2026.md", "Halcyon at Clerkenwell Design Week, London, May 19-21, 2026, at the House of Detention venue. First UK showing of Nimbus in Terracotta."),
    ("operations/uk.md", "Halcyon ships to the UK with free delivery over £250.")]
   ,
   """
London, we're coming to you. Find us at Clerkenwell Design Week, May 19-21, 2026, at the House of Detention [1].

You'll be the first in the UK to step inside Nimbus in Terracotta [1]. Bring your curiosity and your colleagues.

Love what you see? We ship to the UK with free delivery on orders over £250 [2].

See you in Clerkenwell. Add us to your CDW plan today.
""")

ex("Launch copy for Orion XL for taller people",
   [("products/orion-xl.md", "Orion XL is built for people 185-215 cm tall, with a 56 cm wide seat, extra-long back and 180 kg weight rating. $925. Launches January 20, 2027."),
    ("products/orion-chair.md", "Standard Orion fits people 150-200 cm.")]
   ,
   """
Tall? Finally, a chair that fits. Meet Orion XL [1].

If you're 185-215 cm tall, this one's for you. You get a roomy 56 cm seat, an extra-long back and a 180 kg weight rating [1]. The standard Orion fits people 150-200 cm, so XL picks up right where it leaves off [2].

Orion XL launches January 20, 2027, at $925 [1]. Stretch out and sign up for launch day.
""")

ex("Landing copy for gamers about Atlas Pro",
   [("sectors/gaming.md", "Atlas Pro with 180 x 80 cm top holds triple monitors. Built-in RGB cable tray option ($69). Memory presets switch between gaming and work heights in under 10 seconds."),
    ("campaigns/gaming-2026.md", "Gamers get a free Halcyon XXL desk mat with any Atlas Pro purchase through March 2027.")]
   ,
   """
Level up your battlestation.

Atlas Pro's 180 x 80 cm top gives you room for triple monitors and everything else [1]. Add the RGB cable tray for $69 and light up your setup [1]. Work day over? Your presets switch from work height to gaming height in under 10 seconds [1].

Order through March 2027 and get a free Halcyon XXL desk mat [2].

Game on. Build your Atlas Pro now.
""")

ex("Copy aimed at podcasters about using Nimbus as a recording booth",
   [("sectors/creators.md", "Nimbus Studio variant adds acoustic wall panels that cut reverb by 60%, a boom-arm mount and a 4-port USB-C hub. $8,600."),
    ("pricing/nimbus-2026.md", "Creator financing: 24 monthly payments, 0% APR, subject to approval.")]
   ,
   """
Sound like a pro without building a studio. Nimbus Studio adds acoustic wall panels that cut reverb by 60% [1].

Clip your mic onto the boom-arm mount and plug everything into the 4-port USB-C hub [1]. Press record. Your voice, crisp and clear.

Nimbus Studio is $8,600, or 24 monthly payments at 0% APR, subject to approval [1][2].

Book a Nimbus Studio tour today.
""")

ex("Landing copy for universities about Fleet",
   [("sectors/higher-ed.md", "Universities use Fleet to let students book library study spaces and quiet pods. Fleet supports campus single sign-on and shows live availability on digital signs."),
    ("case-studies/lakeview-university.md", "Lakeview University cut queues for study spaces by 70% in one semester with Fleet.")]
   ,
   """
No more hunting for a study spot. With Halcyon Fleet, your students book library study spaces and quiet pods in seconds [1].

They sign in with their campus login, and live availability shows up on digital signs across your buildings [1]. Everyone knows where to go.

It works. Lakeview University cut study-space queues by 70% in one semester [2].

Give your students more time to study. Book a campus demo →
""")

ex("Announce the new Helix 4.4 update for Atlas S owners",
   [("releases/helix-4.4.md", "Helix 4.4 (March 30, 2026) brings two memory presets to the Atlas S two-button pad via a double-tap gesture, and reduces motor noise by 3 dB."),
    ("releases/helix-4.4.md", "Install via the Halcyon app 7.5+; takes about 5 minutes."),
    ("releases/app-7.6.md", "App 7.6 adds dark mode.", D)]
   ,
   """
Your Atlas S just learned a new trick. Helix 4.4, out March 30, 2026, brings two memory presets to your two-button pad [1].

Double-tap and your desk glides to your saved height [1]. It's quieter too, with motor noise down by 3 dB [1].

Updating takes about 5 minutes in the Halcyon app, version 7.5 or later [2]. Update your desk tonight.
""")

ex("Announce Lumen app scenes",
   [("releases/lumen-scenes.md", "Lumen Scenes, new in Halcyon app 7.7: pick Focus (5,000 K, full brightness), Calm (2,700 K, 40%) or Video Call (4,000 K, 70%). Scenes can be scheduled."),
    ("products/atlas-pro.md", "Atlas Pro costs $999.", D)]
   ,
   """
One tap, perfect light. Lumen Scenes are here in Halcyon app 7.7 [1].

Choose Focus for crisp 5,000 K light at full brightness. Wind down with Calm at 2,700 K and 40%. Look your best with Video Call at 4,000 K and 70% [1].

You can even schedule them, so your lamp knows your day as well as you do [1]. Update your app and try Scenes now.
""")

ex("Show Nimbus booking through Fleet to existing pod owners",
   [("releases/fleet-nimbus.md", "Nimbus pods can now be booked in Halcyon Fleet in 15-minute slots. A light above the door turns green when free and red when booked. Requires Nimbus firmware 3.2."),
    ("hr/onboarding.md", "New hires get laptops on day one.", D)]
   ,
   """
No more knocking on the glass. You can now book your Nimbus pods right in Halcyon Fleet, in 15-minute slots [1].

A light above each door tells everyone what's going on: green when it's free, red when it's booked [1]. Your people always know where to go.

Just make sure your pods run Nimbus firmware 3.2 [1]. Update your pods and turn on booking today.
""")

ex("Write a LinkedIn post about Halcyon being named a best place to work",
   [("people/awards-2026.md", "Halcyon Works was named one of Oregon's Best Places to Work 2026 by the Portland Business Journal, ranking #3 among large employers."),
    ("people/careers.md", "Halcyon has 27 open roles across design, engineering and operations."),
    ("legal/privacy.md", "Privacy policy updated March 2026.", D)]
   ,
   """
We make great places to work. Turns out we're one too.

The Portland Business Journal named Halcyon Works one of Oregon's Best Places to Work 2026, ranking #3 among large employers [1]. Thanks to every teammate who makes it true every day.

Want to join us? You could fill one of 27 open roles across design, engineering and operations [2].

See our open roles and apply today.
""")

ex("Instagram caption reposting a customer's home office photo",
   [("social/ugc-2026-09.md", "Customer @studio.maren shared her setup: Atlas Pro in Oak, Orion in Sand, and two Lumen lamps in Clay. Permission to repost granted."),
    ("products/lumen-lamp.md", "Lumen Clay finish launched April 2026.")]
   ,
   """
Setup goals, courtesy of @studio.maren [1].

An Atlas Pro in Oak, an Orion in Sand and two Lumen lamps in Clay [1]. Warm, calm and ready for a great day's work. Clay has only been around since April 2026, and it already looks right at home [2].

Want to be featured? Tag us in your setup and show us how you work.
""")

ex("Promote Nimbus installation service for offices moving floors",
   [("services/nimbus-relocation.md", "Nimbus relocation service: Halcyon technicians disassemble, move and reassemble pods within the same building for $450 per pod, usually in one day, outside business hours on request.")]
   ,
   """
Moving floors? Your pods can come along without the headache.

Our technicians take your Nimbus pods apart, move them and put them back together within the same building [1]. Most moves wrap up in a single day [1]. Need it done after hours? Just ask, and your team won't miss a beat [1].

It's $450 per pod [1]. Book your Nimbus move today.
""")

ex("Announce expanded warranty on all Atlas frames",
   [("programs/warranty-2026.md", "From January 1, 2027, Atlas frame warranty increases from 10 to 15 years for all new purchases. Motor and electronics warranty stays at 5 years."),
    ("programs/warranty-2026.md", "Customers who bought an Atlas in December 2026 also receive the 15-year frame warranty.")]
   ,
   """
Built to last. Now covered to last. From January 1, 2027, every new Atlas frame is covered for 15 years, up from 10 [1].

Bought your Atlas in December 2026? You get the 15-year frame warranty too [2]. Your motor and electronics are still covered for 5 years [1].

A desk you'll keep for the long haul. Choose your Atlas today.
""")

ex("Email inviting Fleet customers to try the ROI calculator",
   [("tools/fleet-roi.md", "The Fleet ROI calculator estimates yearly savings from desk usage data in under 3 minutes. Average estimate across 800 companies: $2,100 saved per desk per year."),
    ("tools/fleet-roi.md", "Results can be exported as a PDF for finance teams.")]
   ,
   """
Subject: What is your empty desk costing you?

You know your space could work harder. Now see exactly how much it's worth.

Our Fleet ROI calculator estimates your yearly savings from your own desk usage data in under 3 minutes [1]. Across 800 companies, the average estimate is $2,100 saved per desk per year [1].

Export your results as a PDF and hand them straight to finance [2].

Calculate your savings now.
""")

ex("Write copy for a weekend showroom open house in Portland",
   [("events/pdx-open-house.md", "Open house at the Portland flagship, 1200 NW Marshall St, Saturday and Sunday, June 13-14, 2026, 10am-4pm. Live demos, kids' corner, food trucks, and 10% off showroom floor models."),
    ("events/neocon-2026.md", "NeoCon booth 7-4012.", D)]
   ,
   """
Come hang out with us this weekend! Our Portland flagship at 1200 NW Marshall St opens its doors Saturday and Sunday, June 13-14, 2026, from 10am to 4pm [1].

Catch live demos, grab lunch from the food trucks and let the kids loose in their own corner [1]. Spot a showroom floor model you love? Take it home for 10% off [1].

Bring the whole crew and drop by.
""")

ex("Short product blurb for the Lumen Mini on the homepage carousel",
   [("products/lumen-mini.md", "Lumen Mini: 28 cm tall, 10-hour battery, magnetic base that snaps onto any Atlas leg, $59. Colours: Graphite, Sage, Clay."),
    ("policies/returns.md", "Nimbus pods can be returned within 14 days of installation for a restocking fee.", D),
    ("releases/helix-4.3.md", "Helix 4.3 lowers standby power to 0.3 W.", D)]
   ,
   """
Small lamp. Big glow. Lumen Mini stands 28 cm tall and runs for 10 hours on a single charge [1].

Its magnetic base snaps right onto any Atlas leg, so your light goes exactly where you need it [1]. Pick Graphite, Sage or Clay to suit your space [1].

All for $59 [1]. Light up your corner today.
""")

ex("Write an announcement that Nimbus pods are now available to lease",
   [("finance/nimbus-lease.md", "Businesses can now lease Nimbus pods from $219 per month over 36 months, with maintenance included. At the end of the lease, customers can buy the pod for $1 or upgrade to a new model."),
    ("hr/benefits-2026.md", "The 401(k) match rises to 5% in 2026.", D)]
   ,
   """
Quiet space without the big upfront cost. You can now lease Nimbus pods from $219 per month over 36 months [1].

Maintenance is included, so you never have to think about it [1]. When the lease ends, keep your pod for just $1 or trade up to the newest model [1].

Give your team room to focus this quarter. Start your Nimbus lease today.
""")

ex("Announce the Vega arm's new white colour on Instagram",
   [("products/vega-arm.md", "Vega Single and Vega Dual now come in Arctic White, available from February 17, 2026. Prices: Vega Single $149, Vega Dual $229."),
    ("products/atlas-pro.md", "Atlas Pro's height range is 62-127 cm.", D)]
   ,
   """
Fresh, bright and ready for your minimalist desk. Vega now comes in Arctic White [1].

Pick Vega Single for $149 or Vega Dual for $229, both available from February 17, 2026 [1]. Your screens float. Your desk stays clean. Your setup finally matches your vision.

Go white. Tap to shop Vega now.
""")

ex("Copy for the Halcyon Care page explaining what's covered in plain words",
   [("programs/halcyon-care.md", "Halcyon Care covers accidental damage (spills, drops, tears), motor failure, and electronics for up to 5 extra years. One plan can cover up to 5 products in the same home."),
    ("programs/halcyon-care.md", "Plans start at $49 and can be cancelled for a pro-rated refund."),
    ("sales/volume-pricing.md", "Volume pricing starts at 25 desks.", D)]
   ,
   """
Life happens. Halcyon Care has your back.

Spilled coffee? Dropped lamp? Torn seat? You're covered for accidental damage, plus motor and electronics failures, for up to 5 extra years [1]. One plan can even cover up to 5 products in the same home [1].

Plans start at $49, and you can cancel any time for a pro-rated refund [2].

Protect what you love. Add Halcyon Care today.
""")

ex("Promote the Atlas keyboard tray accessory to remote workers",
   [("products/accessories.md", "Atlas Keyboard Tray slides out 30 cm and tilts from -10 to +5 degrees to keep wrists neutral. Fits Atlas S and Atlas Pro. $79."),
    ("events/summit-2026.md", "Summit early-bird passes cost $299.", D)]
   ,
   """
Your wrists will thank you. The Atlas Keyboard Tray slides out 30 cm and tilts from -10 to +5 degrees, so your hands rest in a natural position all day [1].

It fits both Atlas S and Atlas Pro, and it tucks away when you don't need it [1]. Less strain, more flow.

Add the Atlas Keyboard Tray for $79 [1].
""")

ex("Announce Halcyon's arrival in Germany",
   [("operations/germany-launch.md", "Halcyon launches in Germany on March 16, 2027 with a Berlin showroom at Torstraße 140. Prices include 19% VAT; delivery within 5 business days across Germany."),
    ("operations/canada-launch.md", "Canada shipping launched September 1, 2026.", D),
    ("events/orgatec-2026.md", "Halcyon exhibited at Orgatec Cologne in October 2026, hall 8.")]
   ,
   """
Hallo, Deutschland! From March 16, 2027, you can bring Halcyon home anywhere in Germany [1].

Come and try everything at our new Berlin showroom, Torstraße 140 [1]. Maybe you already met us at Orgatec Cologne in October 2026 [3]. Now you can order too.

Prices include 19% VAT and delivery arrives within 5 business days [1]. Visit Berlin or shop online today.
""")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
SEED = 20260512
HELDOUT_FRACTION = 0.15
MARKER = r"\[(\d+)\]"


def clean(text):
    lines = [line.strip() for line in text.strip().splitlines()]
    out, blank = [], False
    for line in lines:
        if not line:
            blank = True
            continue
        if out and blank:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)


def build_record(instruction, context, response, rng):
    """Shuffle passage order (retrieval order is arbitrary) and renumber markers."""
    import re

    order = list(range(len(context)))
    rng.shuffle(order)  # order[new_pos] = old_index
    new_pos = {old + 1: new + 1 for new, old in enumerate(order)}
    passages = []
    for old in order:
        item = context[old]
        p = {"source": item[0], "text": item[1]}
        if len(item) > 2 and item[2]:
            p["distractor"] = True
        passages.append(p)
    text = re.sub(MARKER, lambda m: "[%d]" % new_pos[int(m.group(1))], clean(response))
    return {"instruction": instruction, "context": passages, "response": text}


def main():
    rng = random.Random(SEED)
    records = [build_record(i, c, r, rng) for i, c, r in EXAMPLES]
    with_d = [k for k, rec in enumerate(records) if any(p.get("distractor") for p in rec["context"])]
    without_d = [k for k in range(len(records)) if k not in set(with_d)]
    n_held = round(len(records) * HELDOUT_FRACTION)
    n_held_d = round(n_held * len(with_d) / len(records))
    held = set(rng.sample(with_d, n_held_d)) | set(rng.sample(without_d, n_held - n_held_d))
    out = Path(__file__).resolve().parent
    with open(out / "train.jsonl", "w", encoding="utf-8") as tr, \
         open(out / "heldout.jsonl", "w", encoding="utf-8") as ho:
        for k, rec in enumerate(records):
            (ho if k in held else tr).write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("train=%d heldout=%d" % (len(records) - len(held), len(held)))


if __name__ == "__main__":
    main()
