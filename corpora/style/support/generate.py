#!/usr/bin/env python3
"""Reproducible generator for corpora/style/support/{train,heldout}.jsonl.

Every example below is hand-written: an instruction, 1-4 retrieved passages of
Halcyon Works documents (help-center articles, policies, tickets, order
records, status posts), and a response in the support voice (see STYLE.md)
that cites passages with [n] markers.

The script only
  1. inserts distractor passages (hand-written pool at the top) into a seeded
     subset of ~22% of the examples, renumbering the [n] markers so they still
     point at the right passage, and
  2. writes train.jsonl / heldout.jsonl next to this file.

Run:  python corpora/style/support/generate.py
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20260518
DISTRACTOR_SHARE = 0.22

EXAMPLES = []


def ex(split, tags, instruction, context, response):
    """split: 'T' (train) or 'H' (heldout); tags: products/topics, used so a
    distractor never shares a topic with the example it is inserted into."""
    EXAMPLES.append(dict(split=split, tags=set(tags.split()), instruction=instruction,
                         context=[{"source": s, "text": t} for s, t in context],
                         response=response.strip()))


# ---------------------------------------------------------------------------
# Distractor pool: plausible Halcyon document chunks that answer nothing.
# (tags, source, text)
# ---------------------------------------------------------------------------
DISTRACTORS = [
    ("orion chair", "help/orion-armrests.md",
     "Orion armrests adjust in 4 directions; the height lever is under the front of each armrest pad."),
    ("lumen lamp", "help/lumen-touch.md",
     "Lumen's touch strip dims in 10 steps; a double tap switches between warm and cool presets."),
    ("vega arm", "help/vega-weight.md",
     "Vega single arms hold monitors from 2 to 9 kg with the standard spring; screens up to 34 inches fit the VESA 75/100 plate."),
    ("nimbus booth", "help/nimbus-cleaning.md",
     "Clean Nimbus acoustic panels with a dry microfiber cloth; never spray liquid directly onto the felt."),
    ("engineering firmware helix", "engineering/helix-ci.md",
     "Helix firmware builds run in CI on the hx-arm-gcc-13 image and must pass 312 hardware-in-the-loop tests."),
    ("marketing nimbus", "marketing/press/2026-launch.md",
     "Halcyon Works will showcase the Nimbus Duo at NeoCon in Chicago on 2026-06-09."),
    ("legal", "legal/terms/section-14.md",
     "Section 14 of the Terms of Sale sets Oregon law as the governing law for disputes."),
    ("tradein returns atlas", "programs/trade-in.md",
     "Trade-in credit for a grade A Atlas S is $180, issued after inspection at the Reno returns center."),
    ("fleet billing", "billing/fleet-plans.md",
     "Fleet Standard costs $4 per desk per month with a 50-desk minimum; annual plans get 2 months free."),
    ("careers", "people/careers.md",
     "Halcyon Works is hiring support specialists in Portland; applications close on 2026-07-15."),
    ("shipping international", "help/intl-shipping.md",
     "Halcyon ships to Canada and the EU; duties for EU orders are collected at checkout."),
    ("atlas assembly", "help/atlas-assembly.md",
     "Atlas S assembly takes about 30 minutes with two people; all tools are in the hardware pack."),
    ("care warranty atlas", "programs/halcyon-care.md",
     "Halcyon Care costs $149 for Atlas desks and must be bought within 60 days of delivery."),
    ("returns", "policies/returns.md",
     "Most items can be returned within 30 days of delivery; Nimbus booths are final sale once installed."),
    ("app account", "help/app-login.md",
     "You can sign in to the Halcyon app with Apple, Google or an email link."),
    ("fleet admin", "help/fleet-floorplans.md",
     "Fleet admins can upload floor plans as SVG or PNG files up to 8 MB."),
    ("sales b2b atlas", "sales/volume-pricing.md",
     "Orders of 50 or more Atlas desks qualify for tier B pricing at 12% off list."),
    ("store showroom", "stores/portland-showroom.md",
     "The Portland showroom at 1200 NW Marshall St is open Tuesday to Saturday, 10:00-18:00."),
    ("orion warranty", "warranty/orion.md",
     "Orion chairs carry a 12-year warranty on the frame and gas lift and 5 years on upholstery."),
    ("lumen warranty", "warranty/lumen.md",
     "Lumen lamps carry a 3-year limited warranty covering LEDs and the driver board."),
    ("finance", "finance/invoicing.md",
     "B2B invoices are issued net 30 from the shipment date and can be paid by ACH or card."),
    ("sustainability atlas", "about/sustainability.md",
     "Atlas desktops use FSC-certified bamboo; packaging is 92% recycled cardboard."),
    ("nimbus install", "help/nimbus-install.md",
     "Nimbus installation needs a clear 2.4 x 2.4 m floor area and a standard outlet within 2 m."),
    ("app reminders", "help/app-reminders.md",
     "Standing reminders can be set from 15 to 120 minutes in the Halcyon app under Health."),
    ("gift", "help/gift-cards.md",
     "Halcyon gift cards never expire and can be used on any product except Fleet subscriptions."),
    ("accessories atlas", "help/accessories.md",
     "The Atlas cable tray fits both Atlas S and Atlas Pro frames and costs $39."),
    ("shipping freight", "help/freight.md",
     "Nimbus booths ship by freight on a pallet; the carrier calls 24 hours ahead to book a delivery window."),
    ("privacy", "legal/privacy-summary.md",
     "Halcyon keeps desk usage data for 25 months and never sells personal data."),
    ("events", "marketing/webinars.md",
     "The monthly 'Healthy Workspace' webinar runs on the first Thursday at 17:00 UTC."),
    ("orion assembly", "help/orion-assembly.md",
     "Orion chairs ship 90% assembled; attach the base and gas lift, then press the seat on firmly."),
    ("vega install", "help/vega-grommet.md",
     "Vega arms can mount with the included C-clamp or the grommet kit for desk holes 10-60 mm wide."),
    ("fleet status", "status/fleet-2026-03.md",
     "On 2026-03-02 Fleet booking reminders were delayed by up to 40 minutes; resolved the same day."),
]

# ---------------------------------------------------------------------------
# Ticket replies: desk troubleshooting
# ---------------------------------------------------------------------------
ex("T", "atlas desk error", "Reply to ticket HS-48213: Atlas Pro stopped halfway and shows E12", [
    ("tickets/HS-48213.txt", "Ticket HS-48213 from Dana Whitley: 'My Atlas Pro stopped halfway up this morning and the display says E12. It won't go up or down now.'"),
    ("help/atlas-error-codes.md", "E12 means the two legs of the desk got out of step. To reset, clear the area under the desk, then press and hold the down button for 5 seconds until the desk lowers fully and beeps once."),
    ("help/atlas-error-codes-2.md", "If E12 keeps coming back, check that the motor cables are pushed firmly into the control box and that heavy items are spread evenly; more than 40 kg on one side can trigger it."),
], """
Hi Dana,

I'm sorry your Atlas Pro stopped partway up. That's a frustrating way to start the morning. The E12 on the display means the two legs of the desk got slightly out of step with each other, and a reset usually fixes it [2].

1. Clear anything under the desk so it can lower freely [2].
2. Press and hold the down button for 5 seconds, until the desk lowers all the way and beeps once [2].
3. Try raising it again.
4. If E12 comes back, check that the motor cables are pushed firmly into the control box, and spread heavy items evenly. More than 40 kg on one side can trigger it [3].

If the code still returns after these steps, just reply here and we'll take it from there.

— Halcyon Support
""")

ex("T", "atlas desk error thermal", "Customer says their desk shows E33 after moving it up and down a lot during a demo", [
    ("tickets/HS-48390.txt", "Ticket HS-48390 from Luis Ortega: 'I was showing a friend how the desk works, moved it up and down a bunch of times, and now it says E33 and won't move.'"),
    ("help/atlas-error-codes.md", "E33 is a safety pause that protects the motors from overheating. It appears after more than 2 minutes of movement within 20 minutes. The desk unlocks on its own once the motors cool down, usually within 15-20 minutes."),
], """
Hi Luis,

Thanks for the clear description. That made this easy to spot. Nothing is broken: E33 is a safety pause that protects the motors from overheating. It appears when the desk has moved for more than 2 minutes in a 20-minute window, which is easy to do during a demo [2].

1. Leave the desk alone for now. Please don't unplug it.
2. Wait for the motors to cool. This usually takes 15-20 minutes [2].
3. The desk unlocks on its own and the E33 message clears [2].
4. Try a single move to check it's back to normal.

If it's still showing E33 after half an hour, reply here and we'll look into it with you.

— Halcyon Support
""")

ex("H", "atlas desk error", "Reply to a customer whose Atlas S display shows E21", [
    ("tickets/HS-49011.txt", "Ticket HS-49011 from Priya Natarajan: Atlas S, delivered 2025-10-14. 'Display shows E21 and the desk makes a click but doesn't move.'"),
    ("help/atlas-error-codes.md", "E21 means the desk can't read the position sensor in one of its legs. Unplug the desk for 30 seconds, then check that the two leg cables are firmly seated in the control box ports marked M1 and M2."),
    ("warranty/atlas.md", "Atlas motors and control electronics are covered for 5 years from delivery."),
], """
Hi Priya,

I'm sorry your Atlas S is clicking instead of moving. I know that's worrying. E21 means the desk can't read the position sensor in one of its legs. That's often a loose cable rather than a broken part [2].

1. Unplug the desk from the wall and wait 30 seconds [2].
2. Find the control box under the desktop. Check that both leg cables are pushed firmly into the ports marked M1 and M2 [2].
3. Plug the desk back in and try moving it.

If E21 is still there, please don't worry. Your desk was delivered on 2025-10-14, so the motors and electronics are covered under the 5-year warranty [1][3]. Reply to this email and we'll arrange a replacement part.

— Halcyon Support
""")

ex("T", "atlas desk reset", "Write a reply explaining how to do a full reset on an Atlas desk that won't respond to buttons", [
    ("tickets/HS-49102.txt", "Ticket HS-49102 from Grace Lee: 'None of the buttons on my Atlas S do anything. The display is on and shows 74.0.'"),
    ("help/atlas-reset.md", "Full reset: unplug the desk for 1 minute, plug it back in, then hold the up and down buttons together for 10 seconds until the display shows RST. Then hold down until the desk reaches its lowest point and beeps. Saved presets are erased."),
], """
Hi Grace,

Thanks for letting us know, and sorry the buttons have stopped responding. Since the display is still on, a full reset usually brings everything back [2]. One heads-up first: a full reset erases your saved height presets, so note them down if you can [2].

1. Unplug the desk from the wall for 1 minute, then plug it back in [2].
2. Hold the up and down buttons together for 10 seconds, until the display shows RST [2].
3. Hold the down button until the desk reaches its lowest point and beeps [2].
4. Set your presets again.

If the buttons still don't respond after this, reply here and we'll help you with the next steps.

— Halcyon Support
""")

ex("T", "atlas desk collision", "Reply to a customer whose desk keeps reversing on its own when lowering", [
    ("tickets/HS-49240.txt", "Ticket HS-49240 from Tom Becker: 'Every time I lower my Atlas Pro it stops and goes back up a bit, even though nothing is in the way.'"),
    ("help/atlas-collision.md", "Atlas desks stop and reverse about 2 cm when they sense a bump; this is anti-collision protection. Sensitivity has 5 levels and can be changed in the Halcyon app under Desk settings > Safety. Level 3 is the default."),
    ("help/atlas-collision-2.md", "Heavy monitor arms or a wobbly floor can set it off. Lowering sensitivity by one level is usually enough."),
], """
Hi Tom,

I'm sorry your desk keeps bouncing back up. What you're seeing is the anti-collision feature: when the desk senses a bump, it stops and reverses about 2 cm to protect people and things around it [2]. Sometimes it's a little too cautious, for example with heavy monitor arms or an uneven floor [3].

1. Open the Halcyon app and go to Desk settings > Safety [2].
2. Check the sensitivity level. The default is level 3 [2].
3. Lower it by one level. That's usually enough [3].
4. Lower the desk a few times to test.

If it still reverses with nothing in the way, write back and we'll look at it together.

— Halcyon Support
""")

ex("T", "atlas desk noise", "Customer reports a squeaking noise from their Atlas desk legs", [
    ("tickets/HS-49318.txt", "Ticket HS-49318 from Amara Okoye: Atlas Pro bought 2024-03-02. 'Squeaky noise when the desk goes up, getting louder over the last month.'"),
    ("help/atlas-noise.md", "Squeaking is most often caused by a leg that is slightly out of square. Loosen the 8 frame bolts under the desktop by half a turn, run the desk to full height and back down, then retighten the bolts."),
    ("help/atlas-noise-2.md", "Do not apply oil or grease to the legs; the inner tubes use dry-glide strips that grease can damage."),
], """
Hi Amara,

Thanks for reaching out, and I'm sorry about the squeak. I know a noise that gets louder is hard to ignore. Most often it means one leg has shifted slightly out of line, and you can fix it in a few minutes [2].

1. Under the desktop, loosen the 8 frame bolts by half a turn. Don't remove them [2].
2. Raise the desk to full height, then lower it back down [2].
3. Tighten the bolts again [2].
4. Please don't use oil or grease on the legs. The inner tubes slide on special dry strips that grease can damage [3].

If the squeak is still there afterwards, reply with a short video and we'll take a closer look.

— Halcyon Support
""")

ex("T", "atlas desk power", "Reply to a ticket where the Atlas desk has no power at all", [
    ("tickets/HS-49377.txt", "Ticket HS-49377 from Henrik Dahl: 'Desk is completely dead. No lights on the keypad, nothing.'"),
    ("help/atlas-power.md", "If the keypad shows nothing, check the wall outlet with another device, then check that the power cable is fully seated in the control box; it needs a firm push past a click. The control box has a green status light when powered."),
    ("help/atlas-power-2.md", "If the status light is green but the keypad stays dark, unplug and firmly reconnect the keypad cable at the port marked HS."),
], """
Hi Henrik,

I'm sorry your desk has gone completely dark. Let's find out where the power is stopping. These checks take just a few minutes.

1. Plug something else, like a lamp, into the same wall outlet to make sure the outlet works [2].
2. Find the control box under the desktop. Push the power cable in firmly until it clicks [2].
3. Look for the green status light on the control box. It should light up when the box has power [2].
4. If the light is green but the keypad is still dark, unplug the keypad cable from the port marked HS and plug it back in firmly [3].

Let us know which step got it working, or if none did, and we'll sort out the next step.

— Halcyon Support
""")

ex("H", "atlas desk height", "Customer says the height shown on the desk display is wrong", [
    ("tickets/HS-49455.txt", "Ticket HS-49455 from Sophie Martin: 'My display says 72 cm but when I measure it's about 75 cm.'"),
    ("help/atlas-height-calibration.md", "The display can be calibrated to match your own measurement. Lower the desk to its lowest position, hold the M button for 5 seconds until the number blinks, use up or down to set the measured height, then press M to save."),
    ("help/atlas-height-calibration-2.md", "Measure from the floor to the top of the desktop, not to the frame."),
], """
Hi Sophie,

Thanks for measuring so carefully. That really helps. The display can be calibrated to match your own measurement, so let's line it up with what your tape measure says [2].

1. Lower the desk all the way to its lowest position [2].
2. Measure from the floor to the top of the desktop, not to the metal frame [3].
3. Hold the M button for 5 seconds until the number starts blinking [2].
4. Use the up or down button to set the height you measured [2].
5. Press M to save [2].

After this, the display should match your tape measure at every height. If it drifts again, reply here and we'll dig deeper.

— Halcyon Support
""")

ex("T", "atlas desk presets", "Explain to a customer how to save height presets on the Atlas keypad", [
    ("tickets/HS-49520.txt", "Ticket HS-49520 from Kevin O'Brien: 'How do I save my sitting and standing heights? The manual confused me.'"),
    ("help/atlas-presets.md", "Atlas keypads hold 4 presets. Move the desk to the height you want, press M, then press a number 1-4 within 3 seconds. The display shows S-1 to S-4 to confirm."),
], """
Hi Kevin,

Great question, and you're not alone. This part of the manual trips up a lot of people. Your Atlas keypad can remember 4 heights, so you can save both sitting and standing [2].

1. Move the desk to your sitting height.
2. Press the M button [2].
3. Within 3 seconds, press the number you want to use, for example 1 [2].
4. The display shows S-1 to confirm it saved [2].
5. Raise the desk to your standing height and repeat with another number.

From then on, press a number to go straight to that height. If anything doesn't behave as described, just reply and we'll help.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# App and connectivity
# ---------------------------------------------------------------------------
ex("T", "app bluetooth pairing", "Reply to a customer who can't pair the Halcyon app with their desk", [
    ("tickets/HS-49601.txt", "Ticket HS-49601 from Mei Chen: 'The app keeps saying no desk found. I have an iPhone 15 and an Atlas Pro.'"),
    ("help/app-pairing.md", "To pair, the phone needs Bluetooth on and the Halcyon app allowed to use Bluetooth. On the desk, hold the Bluetooth button (the B symbol) for 3 seconds until the light blinks blue; pairing mode lasts 2 minutes. Stay within 3 m of the desk."),
    ("help/app-pairing-ios.md", "On iPhone, check Settings > Privacy & Security > Bluetooth and make sure Halcyon is switched on."),
], """
Hi Mei,

I'm sorry the app can't find your desk. That's annoying when you just want to get set up. This is almost always a permission or timing issue, so let's go through it together.

1. On your iPhone, open Settings > Privacy & Security > Bluetooth and make sure Halcyon is switched on [3].
2. Stand within 3 m of the desk [2].
3. On the desk keypad, hold the Bluetooth button (the B symbol) for 3 seconds until the light blinks blue [2].
4. Open the Halcyon app and tap to add a desk within 2 minutes. That's how long pairing mode lasts [2].

If you still see "no desk found," reply and let us know which step it stops at.

— Halcyon Support
""")

ex("T", "app error android", "Write a reply for an Android user seeing 'Desk not found' (HA-1042) after restarting their phone", [
    ("tickets/HS-49688.txt", "Ticket HS-49688 from Rafael Souza: Pixel 7, app version 7.12.1. 'Every time I restart my phone the app says Desk not found HA-1042 and I have to pair again.'"),
    ("help/known-issues.md", "Known issue in Android app 7.12.1: after a phone restart, some phones show HA-1042 'Desk not found'. A fix is coming in app 7.13. Workaround: remove the desk in the app and pair it again."),
], """
Hi Rafael,

Thank you for the details. They confirm what's happening. You've run into a known issue in Android app 7.12.1: after a phone restart, some phones show "Desk not found" (HA-1042) [1][2]. I'm sorry for the hassle. Our team has a fix coming in app 7.13 [2].

Until then, this workaround gets you going again:

1. In the Halcyon app, open your desk and choose to remove it [2].
2. Pair the desk again as you did the first time [2].
3. Check for app updates now and then, and install 7.13 when it shows up [2].

If pairing again doesn't work, reply here and we'll help straight away.

— Halcyon Support
""")

ex("T", "app firmware update", "Help a customer whose desk firmware update is stuck at 60%", [
    ("tickets/HS-49730.txt", "Ticket HS-49730 from Olivia Grant: 'The app was updating my desk and it has been stuck at 60% for half an hour.'"),
    ("help/firmware-update.md", "Desk updates (firmware is the desk's built-in software) take up to 10 minutes. If an update stalls, close the app fully, keep the phone within 2 m of the desk, reopen the app and tap Retry. The desk keeps working on its old software until the update finishes."),
    ("help/firmware-update-2.md", "If the display shows dFU, the desk is waiting for the update; do not unplug it. Open the app and the update resumes."),
], """
Hi Olivia,

I'm sorry the update got stuck. Half an hour of staring at 60% is no fun. Desk updates refresh the desk's built-in software (called firmware) and normally take up to 10 minutes [2]. The good news is that your desk keeps working on its old software until the update finishes [2].

1. Close the Halcyon app completely [2].
2. Keep your phone within 2 m of the desk [2].
3. Reopen the app and tap Retry [2].
4. If the desk display shows dFU, don't unplug the desk. It's waiting for the update, and it picks up again once the app is open [3].

If it stalls a second time, reply here and we'll walk through it with you.

— Halcyon Support
""")

ex("T", "app account password", "Reply to a customer locked out of their Halcyon account", [
    ("tickets/HS-49802.txt", "Ticket HS-49802 from Daniel Kim: 'I can't log in to the Halcyon app, it says my account is locked.'"),
    ("help/account-lockout.md", "Accounts lock for 30 minutes after 5 failed sign-in attempts. After the lock ends, use 'Forgot password' on the sign-in screen; the reset link is valid for 1 hour."),
], """
Hi Daniel,

Sorry you're locked out. Your account is safe. The lock is a security measure that kicks in after 5 sign-in attempts that didn't work, and it lifts on its own after 30 minutes [2].

1. Wait 30 minutes from your last attempt [2].
2. Open the Halcyon app and tap "Forgot password" on the sign-in screen [2].
3. Check your email for the reset link and use it within 1 hour [2].
4. Choose a new password and sign in.

If the email doesn't arrive or the link doesn't work, reply here and we'll help you get back in.

— Halcyon Support
""")

ex("H", "app reminders", "Customer says standing reminders stopped arriving on their Android phone", [
    ("tickets/HS-49855.txt", "Ticket HS-49855 from Fatima Rahman: Android 10, app 7.13. 'My stand-up reminders used to work but now they come really late or not at all.'"),
    ("help/known-issues.md", "App 7.13 on Android 10: standing reminders may arrive late when the phone's battery saver (Doze) is on. Workaround: in Android settings, set battery optimization for the Halcyon app to 'Not optimized'."),
], """
Hi Fatima,

Thanks for flagging this, and sorry your reminders have gone quiet. On Android 10 with app 7.13, the phone's battery saver can hold reminders back [1][2]. It's trying to save power, but here it gets in the way. You can tell your phone to let Halcyon through:

1. Open your phone's Settings app.
2. Go to Apps, then Halcyon, then Battery.
3. Set battery optimization to "Not optimized" [2].
4. Wait for your next reminder to check it arrives on time.

If reminders are still late after this, reply and let us know. We're tracking this issue and your report helps.

— Halcyon Support
""")

ex("T", "app web browser", "Reply to a Safari user who can't control their desk from the web app", [
    ("tickets/HS-49910.txt", "Ticket HS-49910 from Noah Fischer: 'On my Mac in Safari I can see my standing stats, but the up/down controls are missing.'"),
    ("help/web-app.md", "Desk control in the web app works in Chrome 118 or newer and Edge 118 or newer. Safari and Firefox show a read-only dashboard because they don't support Web Bluetooth, the technology the browser uses to talk to the desk."),
], """
Hi Noah,

Good catch, and sorry for the confusion. Nothing's wrong with your account. Safari can show your standing stats but can't control the desk. That's because it doesn't support Web Bluetooth, the technology a browser uses to talk to the desk [2].

1. Install or open Chrome or Edge on your Mac, version 118 or newer [2].
2. Sign in to the Halcyon web app there.
3. Allow Bluetooth access when the browser asks.
4. The up and down controls will appear.

You can keep using Safari to check your stats. If the controls still don't show in Chrome or Edge, just reply.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Warranty, Care, returns, refunds
# ---------------------------------------------------------------------------
ex("T", "atlas warranty", "Explain the Atlas warranty coverage to a customer asking what's included", [
    ("tickets/HS-50012.txt", "Ticket HS-50012 from Isabel Cruz: 'What does the warranty on my Atlas Pro actually cover?'"),
    ("warranty/atlas.md", "Atlas warranty: frame 10 years, motors and electronics 5 years, desktop surface 2 years, all from the delivery date. Cosmetic wear and damage from misuse are not covered."),
    ("warranty/claims.md", "To make a claim, customers need their order number and a photo or short video of the issue; claims are answered within 2 business days."),
], """
Hi Isabel,

Thanks for asking. It's good to know what you're covered for before you need it. Here's how the Atlas warranty works, counted from the day your desk was delivered [2]:

- Frame: 10 years
- Motors and electronics: 5 years
- Desktop surface: 2 years

Normal cosmetic wear and damage from misuse aren't covered [2].

If you ever need to make a claim:

1. Find your order number [3].
2. Take a photo or short video of the issue [3].
3. Reply to this email or contact us with both, and we'll answer within 2 business days [3].

Any other questions about your Atlas Pro, just ask.

— Halcyon Support
""")

ex("T", "care warranty", "Reply to a customer asking whether they can still buy Halcyon Care", [
    ("tickets/HS-50077.txt", "Ticket HS-50077 from Ben Adler: Atlas S delivered 2026-03-28. 'Can I still add Halcyon Care? I forgot at checkout.'"),
    ("programs/halcyon-care.md", "Halcyon Care can be added within 60 days of delivery. It costs $149 for Atlas desks and extends motor and electronics coverage from 5 to 8 years, plus one free at-home service visit."),
    ("programs/halcyon-care-buy.md", "Add Care from the Orders page in your Halcyon account: select the order, then 'Add Halcyon Care'."),
], """
Hi Ben,

No problem at all. Lots of people add it after checkout. Halcyon Care can be added within 60 days of delivery. Your Atlas S arrived on 2026-03-28, so you still have time [1][2].

For Atlas desks, Care costs $149. It extends motor and electronics coverage from 5 to 8 years and includes one free at-home service visit [2].

1. Sign in to your Halcyon account and open the Orders page [3].
2. Select your Atlas S order [3].
3. Click "Add Halcyon Care" and complete checkout [3].

If you have trouble finding the option, reply and we'll add it for you.

— Halcyon Support
""")

ex("T", "returns atlas", "Explain the return process for an Atlas desk within the return window", [
    ("tickets/HS-50130.txt", "Ticket HS-50130 from Chloe Dubois: order HW-771204, Atlas S delivered 2026-05-10. 'The desk is too big for my room, I'd like to return it.'"),
    ("policies/returns.md", "Desks can be returned within 30 days of delivery for a full refund. Halcyon arranges pickup; a $49 pickup fee applies unless the item is faulty. The desk must be disassembled and packed, original box preferred."),
    ("policies/refunds.md", "Refunds go back to the original payment method within 5-7 business days after the desk arrives at our returns center."),
], """
Hi Chloe,

I'm sorry the desk doesn't fit your room. That happens more often than you'd think, and it's an easy fix. Your Atlas S (order HW-771204) was delivered on 2026-05-10, so it's within the 30-day return window [1][2].

1. Reply to confirm you'd like to go ahead, and we'll schedule a pickup [2].
2. Take the desk apart and pack it, in the original box if you still have it [2].
3. Have it ready on the pickup day. A $49 pickup fee applies since the desk isn't faulty [2].
4. Once it reaches our returns center, your refund goes back to your original payment method within 5-7 business days [3].

Happy to help with anything else.

— Halcyon Support
""")

ex("H", "returns orion", "Reply to a customer outside the return window who wants to return an Orion chair", [
    ("tickets/HS-50188.txt", "Ticket HS-50188 from Marcus Hill: Orion chair delivered 2026-02-01. 'I'd like to return the chair, it's just not for me.'"),
    ("policies/returns.md", "Chairs can be returned within 30 days of delivery. After 30 days, returns aren't accepted, but customers can use the trade-in program."),
    ("programs/trade-in.md", "The trade-in program gives store credit for used Halcyon products in good condition. Start it from the Trade-in page; an Orion in good condition is typically credited $120."),
], """
Hi Marcus,

Thanks for letting us know, and I'm sorry the Orion isn't working out for you. Your chair was delivered on 2026-02-01, which is past our 30-day return window, so we can't take it back as a return [1][2]. I know that's not what you hoped to hear.

There is another option: our trade-in program gives you store credit for used Halcyon products in good condition [3].

1. Go to the Trade-in page on our website [3].
2. Choose the Orion chair and describe its condition.
3. An Orion in good condition is typically credited $120 [3].

If you'd like help with the form, just reply here.

— Halcyon Support
""")

ex("T", "refunds billing", "Reply to a customer asking where their refund is", [
    ("tickets/HS-50241.txt", "Ticket HS-50241 from Aisha Bello: 'I returned my Lumen lamp two weeks ago and haven't seen my refund.'"),
    ("orders/HW-768811.txt", "Order HW-768811 (Lumen lamp): return received at Reno returns center 2026-05-21; refund of $129 issued 2026-05-22 to Visa ending 4417."),
    ("policies/refunds.md", "Banks usually take 5-7 business days to show a refund after it is issued."),
], """
Hi Aisha,

Thanks for checking in. Waiting on a refund is stressful, so let me give you a clear update. Your Lumen lamp reached our returns center on 2026-05-21, and we issued a refund of $129 to your Visa ending 4417 on 2026-05-22 [2].

Banks usually take 5-7 business days to show a refund after it's issued [3]. Here's what you can do:

1. Check your card statement for a credit from Halcyon Works.
2. Look for pending transactions too. Some banks show refunds there first.
3. If it's not there after 5-7 business days, contact your bank with the refund date above [2][3].

If your bank can't find it, reply here and we'll send proof of the refund.

— Halcyon Support
""")

ex("T", "warranty denied atlas", "Reply explaining that water damage isn't covered by warranty and offering options", [
    ("tickets/HS-50309.txt", "Ticket HS-50309 from Ethan Wright: Atlas S control box stopped working after a drink spilled on the desk."),
    ("warranty/atlas.md", "Damage from liquid spills is not covered by the Atlas warranty."),
    ("parts/atlas-parts.md", "Replacement Atlas control box (part AT-CB-02) costs $89 and ships in 3-5 business days; it can be installed in about 10 minutes with no tools."),
], """
Hi Ethan,

I'm really sorry about the spill. That's a rotten bit of luck. I have to be straight with you: damage from liquid spills isn't covered by the Atlas warranty [2]. The good news is that the fix is simple and affordable.

1. Unplug the desk and let everything dry completely before touching the control box.
2. Order a replacement control box, part AT-CB-02, for $89 [3].
3. It ships in 3-5 business days [3].
4. Swap it in. It takes about 10 minutes and no tools [3].

Reply here if you'd like us to place the order for you, and we'll send step-by-step install instructions.

— Halcyon Support
""")

ex("T", "warranty transfer", "Customer bought a used Atlas desk and asks if the warranty transfers", [
    ("tickets/HS-50366.txt", "Ticket HS-50366 from Julia Novak: 'I bought an Atlas Pro second-hand. Does the warranty still apply to me?'"),
    ("warranty/transfer.md", "Halcyon warranties transfer to a new owner for the rest of the original term. The new owner needs the original order number or the desk serial number (sticker under the control box, starts with AP- for Atlas Pro)."),
], """
Hi Julia,

Congratulations on your Atlas Pro, and great question. Yes, Halcyon warranties transfer to a new owner for the rest of the original term [2]. Here's how to get it registered in your name:

1. Ask the seller for the original order number if they have it [2].
2. If not, find the serial number on the sticker under the control box. For an Atlas Pro it starts with AP- [2].
3. Reply to this email with either number.

We'll confirm how much coverage is left and link it to your account. Let us know if you need help finding the sticker.

— Halcyon Support
""")

ex("T", "care claim", "Explain to a Care customer how to book their included at-home service visit", [
    ("tickets/HS-50420.txt", "Ticket HS-50420 from Samuel Ito: 'I have Halcyon Care. My desk wobbles, can someone come look at it?'"),
    ("programs/halcyon-care.md", "Halcyon Care includes one free at-home service visit. Visits are booked through the Care page in the customer's account and are available Monday to Friday, 9:00-17:00 local time."),
    ("programs/halcyon-care-visits.md", "Service technicians confirm the appointment by text 24 hours ahead."),
], """
Hi Samuel,

I'm sorry to hear your desk has a wobble. Since you have Halcyon Care, one at-home service visit is included at no cost [2]. Let's get that booked.

1. Sign in to your Halcyon account and open the Care page [2].
2. Choose "Book a service visit."
3. Pick a time. Visits run Monday to Friday, 9:00-17:00 local time [2].
4. The technician will confirm by text 24 hours before the visit [3].

If none of the times work for you, reply here and we'll see what we can arrange.

— Halcyon Support
""")
# ---------------------------------------------------------------------------
# Orders, shipping, delivery
# ---------------------------------------------------------------------------
ex("T", "shipping delay", "Reply to a customer whose desk delivery is delayed", [
    ("tickets/HS-50512.txt", "Ticket HS-50512 from Laura Jensen: order HW-774310, Atlas Pro. 'It was supposed to arrive on Monday and the tracking hasn't moved in 4 days.'"),
    ("orders/HW-774310.txt", "Order HW-774310 shipped 2026-05-27 with carrier Estes, tracking 0715523380. Last scan: Sacramento terminal 2026-05-29. Carrier reports a weather delay; new estimated delivery 2026-06-05."),
], """
Hi Laura,

I'm sorry your Atlas Pro is running late, and that the tracking has been stuck. Four days of no updates would make anyone uneasy. I checked with the carrier, and here's where things stand:

- Your order HW-774310 shipped on 2026-05-27 with Estes [2].
- The last scan was at their Sacramento terminal on 2026-05-29 [2].
- They've reported a weather delay, and the new estimated delivery is 2026-06-05 [2].

What you can do:

1. Track it with Estes using tracking number 0715523380 [2].
2. Keep an eye on your phone, since the carrier usually calls to set a delivery window.
3. If it hasn't arrived by 2026-06-05, reply here and we'll chase it for you [2].

— Halcyon Support
""")

ex("T", "order status", "Answer a customer asking when their Orion chair will ship", [
    ("tickets/HS-50577.txt", "Ticket HS-50577 from Jack Murphy: order HW-775021, Orion in Charcoal. 'When will my chair ship?'"),
    ("orders/HW-775021.txt", "Order HW-775021: Orion, color Charcoal, placed 2026-06-01. Charcoal is backordered; expected to ship 2026-06-16. Other colors in stock ship within 2 business days."),
    ("policies/order-changes.md", "Customers can change color or cancel free of charge any time before the order ships."),
], """
Hi Jack,

Thanks for your patience, and for checking in. Your Orion in Charcoal (order HW-775021) is on backorder right now. It's expected to ship on 2026-06-16 [2]. Sorry it's taking longer than usual.

If you'd rather have it sooner, you have a couple of options:

1. Keep your order as is. We'll email tracking as soon as it ships.
2. Switch to a color that's in stock. Those ship within 2 business days [2].
3. Cancel the order. It's free any time before it ships [3].

Just reply with what you'd prefer, and we'll take care of it.

— Halcyon Support
""")

ex("H", "delivery damage", "Reply to a customer whose Atlas desktop arrived with a cracked corner", [
    ("tickets/HS-50630.txt", "Ticket HS-50630 from Nadia Karim: order HW-773988, Atlas S bamboo desktop arrived with a cracked corner. Box also looked crushed."),
    ("policies/shipping-damage.md", "Report shipping damage within 7 days of delivery with photos of the damaged item and the box. Halcyon ships a free replacement part; the damaged part does not need to be returned."),
], """
Hi Nadia,

I'm so sorry your new desktop arrived cracked. That's not the first impression we want you to have. Thank you for telling us quickly. Since you're reporting it within 7 days of delivery, we'll send a replacement at no cost [2].

1. Take a photo of the cracked corner [2].
2. Take a photo of the crushed box, if you still have it [2].
3. Reply to this email with both photos and your order number, HW-773988 [1].
4. We'll ship the replacement desktop. You don't need to send the damaged one back [2].

If you need anything else while you wait, just let us know.

— Halcyon Support
""")

ex("T", "missing parts", "Reply to a customer missing a bag of screws from their Atlas box", [
    ("tickets/HS-50702.txt", "Ticket HS-50702 from Owen Price: Atlas Pro. 'Hardware bag C is missing, I can't attach the desktop.'"),
    ("parts/atlas-parts.md", "Hardware bag C contains the 8 M6 x 16 mm desktop screws. Replacement bags ship free by expedited mail in 2-3 business days."),
    ("help/atlas-assembly-tips.md", "While waiting, customers can complete every step except attaching the desktop."),
], """
Hi Owen,

Sorry about the missing bag. That's so frustrating when you're halfway through assembly. Hardware bag C holds the 8 M6 x 16 mm screws that attach the desktop [2]. We'll send a new one free by expedited mail, and it arrives in 2-3 business days [2].

In the meantime:

1. Finish every other assembly step. Only attaching the desktop has to wait [3].
2. Reply to confirm your shipping address.
3. When bag C arrives, attach the desktop with the 8 screws [2].

If anything else turns out to be missing, tell us in the same reply so we can ship it all together.

— Halcyon Support
""")

ex("T", "order cancel", "Reply to a request to cancel a Nimbus booth order", [
    ("tickets/HS-50755.txt", "Ticket HS-50755 from Hannah Schultz: order HW-772560, Nimbus booth. 'Our office move fell through, can we cancel?'"),
    ("orders/HW-772560.txt", "Order HW-772560: Nimbus Solo, $8,900, status: in production, installation scheduled 2026-06-20."),
    ("policies/nimbus-cancellation.md", "Nimbus orders can be cancelled free until production starts. After production starts, a 15% restocking fee applies. Once installed, booths are final sale."),
], """
Hi Hannah,

I'm sorry to hear the office move fell through. That's a lot to deal with. I've looked at your order, and I'll be upfront about where it stands.

Your Nimbus Solo (order HW-772560, $8,900) is already in production, with installation planned for 2026-06-20 [2]. Orders can be cancelled for free only until production starts. From this point, a 15% restocking fee applies [3].

1. Reply "cancel" to confirm, and we'll stop the order and cancel the installation.
2. We'll refund the total minus the 15% fee to your original payment method [3].
3. Or, if the move might happen later, ask us about delaying installation instead.

Whatever you decide, we're here to help.

— Halcyon Support
""")

ex("T", "shipping international", "Answer a customer in Canada asking about shipping and duties", [
    ("tickets/HS-50810.txt", "Ticket HS-50810 from Emily Tremblay (Montreal): 'Do you ship the Atlas S to Canada? Will I pay extra at the door?'"),
    ("help/intl-shipping.md", "Halcyon ships to Canada. Duties and taxes for Canadian orders are included in the checkout price, so nothing is due on delivery. Delivery to Canada takes 7-12 business days."),
], """
Hi Emily,

Thanks for your interest in the Atlas S. Yes, we ship to Canada [2]. And you won't pay anything extra at the door: duties and taxes for Canadian orders are included in the price you see at checkout [2].

1. Add the Atlas S to your cart on our website.
2. Enter your Montreal address at checkout. Duties and taxes are already part of the total [2].
3. Expect delivery in 7-12 business days [2].

If you have questions about sizes or finishes before ordering, just reply. We're happy to help you choose.

— Halcyon Support
""")

ex("T", "shipping address", "Reply to a customer who entered the wrong shipping address", [
    ("tickets/HS-50866.txt", "Ticket HS-50866 from George Ellis: order HW-776002. 'I put my old address by mistake!'"),
    ("orders/HW-776002.txt", "Order HW-776002: Vega dual arm, status: packed, not yet shipped. Carrier pickup 2026-06-04 15:00."),
    ("policies/address-change.md", "Addresses can be changed before carrier pickup. After pickup, the carrier may redirect for a $15 fee."),
], """
Hi George,

No worries, this happens more than you'd think, and you've caught it in time. Your Vega dual arm (order HW-776002) is packed but hasn't shipped yet. The carrier picks it up on 2026-06-04 at 15:00 [2].

1. Reply with your correct address as soon as you can.
2. We'll update it before the carrier pickup [3].
3. You'll get a confirmation email with the new address.

If we miss the pickup, the carrier can usually still redirect the package for a $15 fee [3], but we'll do our best to avoid that.

— Halcyon Support
""")

ex("H", "order tracking", "Write a reply for a customer whose package shows delivered but they didn't receive it", [
    ("tickets/HS-50921.txt", "Ticket HS-50921 from Zoe Patel: order HW-775590, Lumen lamp. 'Tracking says delivered yesterday but there's nothing here.'"),
    ("policies/lost-packages.md", "If a package shows delivered but is missing, ask the customer to check with neighbors and building reception and wait 48 hours; carriers sometimes scan early. After 48 hours, Halcyon opens a carrier claim and ships a replacement."),
], """
Hi Zoe,

I'm sorry your Lumen lamp isn't there. Seeing "delivered" on an empty doorstep is really frustrating. Sometimes carriers scan a package as delivered a little early, so a few quick checks often turn it up [2].

1. Ask your neighbors whether a package was left with them [2].
2. Check with your building's reception or mailroom, if you have one [2].
3. Give it 48 hours in case the scan was early [2].
4. If it still hasn't turned up, reply here. We'll open a claim with the carrier and ship you a replacement [2].

We'll make sure you get your lamp either way.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Chairs, arms, lamps, booths
# ---------------------------------------------------------------------------
ex("T", "orion chair", "Reply to a customer whose Orion chair slowly sinks", [
    ("tickets/HS-51004.txt", "Ticket HS-51004 from Victor Hugo Alves: Orion delivered 2023-11-20. 'The seat slowly sinks to the lowest position during the day.'"),
    ("help/orion-sinking.md", "A seat that sinks usually means the gas lift (the cylinder that raises the seat) is worn. The gas lift is covered for 12 years; a replacement is shipped free and swaps in about 15 minutes with the included removal tool."),
], """
Hi Victor,

Thanks for reaching out, and sorry your chair keeps sinking. Slowly drifting down all day gets old fast. This usually means the gas lift is worn. That's the cylinder that raises and lowers the seat [2]. It's covered for 12 years, so your chair from 2023-11-20 is well within coverage [1][2].

1. Reply to confirm your shipping address.
2. We'll send a replacement gas lift for free [2].
3. Swap it in with the removal tool included in the box. It takes about 15 minutes [2].

If you'd like a hand with the swap, just say so and we'll send the instructions along with the part.

— Halcyon Support
""")

ex("T", "orion chair adjustment", "Help a customer adjust the lumbar support on their Orion chair", [
    ("tickets/HS-51077.txt", "Ticket HS-51077 from Karen Walsh: 'My lower back still hurts in the Orion. How do I adjust the back support?'"),
    ("help/orion-lumbar.md", "Orion lumbar support moves up and down by sliding the backrest panel; it has 6 positions. Depth is set with the dial on the right side of the backrest, from 0 to 3. Start at depth 1 and adjust over a few days."),
], """
Hi Karen,

I'm sorry your back is still sore. Let's get the Orion fitted to you properly. The lower back support (called lumbar support) adjusts in two ways: height and depth [2].

1. Sit all the way back in the chair.
2. Slide the backrest panel up or down until the curve sits in the small of your back. There are 6 positions [2].
3. Turn the dial on the right side of the backrest to set the depth. It goes from 0 to 3 [2].
4. Start at depth 1 and give it a few days before adjusting further [2].

If it still doesn't feel right after a week, reply here and we'll go through other settings with you.

— Halcyon Support
""")

ex("T", "vega arm", "Reply to a customer whose monitor droops on the Vega arm", [
    ("tickets/HS-51130.txt", "Ticket HS-51130 from Ian Campbell: Vega single arm, 32-inch monitor. 'The monitor slowly tilts down and won't stay where I put it.'"),
    ("help/vega-tension.md", "If a monitor drifts down, increase the spring tension: insert the 4 mm hex key into the screw at the elbow joint and turn it clockwise, a half turn at a time. Vega single arms hold monitors from 2 to 9 kg."),
    ("help/vega-tension-2.md", "Check the monitor's weight in its manual or on the manufacturer's website, without the stand."),
], """
Hi Ian,

Thanks for writing in. A drooping monitor is really distracting. Usually the arm's spring just needs a bit more tension to hold your screen's weight [2].

1. Check your monitor's weight without the stand, in its manual or on the maker's website [3].
2. Make sure it's between 2 and 9 kg, which is what the Vega single arm holds [2].
3. Insert the 4 mm hex key into the screw at the elbow joint [2].
4. Turn it clockwise a half turn at a time, testing after each turn [2].

If your monitor is heavier than 9 kg, or it still droops, reply with the model name and we'll suggest the right setup.

— Halcyon Support
""")

ex("T", "lumen lamp", "Reply to a customer whose Lumen lamp flickers on video calls", [
    ("tickets/HS-51182.txt", "Ticket HS-51182 from Rosa Delgado: 'My Lumen lamp looks fine in the room, but on Zoom calls there's a flicker.'"),
    ("help/lumen-flicker.md", "Camera flicker was fixed in Lumen software LX 1.6. Update from the Halcyon app: open the lamp, tap Settings, then Software update. The update takes about 3 minutes; keep the lamp plugged in."),
], """
Hi Rosa,

Thanks for pointing this out, and sorry for the distraction on your calls. Your eyes don't see the flicker, but a camera can. It was fixed in the lamp's software update, LX 1.6 [2]. Here's how to get it:

1. Open the Halcyon app and select your Lumen lamp [2].
2. Tap Settings, then Software update [2].
3. Keep the lamp plugged in while it updates. This takes about 3 minutes [2].
4. Join a test call to check the flicker is gone.

If you still see it after updating, reply here and we'll look into it further.

— Halcyon Support
""")

ex("H", "lumen lamp", "Customer's Lumen lamp won't turn on after moving house", [
    ("tickets/HS-51240.txt", "Ticket HS-51240 from Adam Novak: 'Moved house, now my Lumen does nothing when I touch the strip.'"),
    ("help/lumen-power.md", "Lumen needs a USB-C power adapter of at least 30 W; lower-power phone chargers cause it to stay off or blink once. Use the adapter that came in the box."),
    ("help/lumen-reset.md", "To reset Lumen, hold the touch strip for 15 seconds until the light pulses twice."),
], """
Hi Adam,

Congrats on the move, and sorry your Lumen isn't joining in yet. After a move, the usual culprit is the power adapter, so let's start there.

1. Make sure you're using the adapter that came in the Lumen box [2].
2. If you're using another charger, check it's rated at least 30 W. Lower-power phone chargers can keep the lamp off [2].
3. Once it's plugged in, hold the touch strip for 15 seconds until the light pulses twice. This resets the lamp [3].
4. Tap the strip to turn it on.

If it still won't come on, reply here and we'll sort out a fix.

— Halcyon Support
""")

ex("T", "nimbus booth fan", "Reply to a customer complaining the Nimbus booth fan is loud", [
    ("tickets/HS-51301.txt", "Ticket HS-51301 from Claire Dupont (facilities manager): 'The fan in our Nimbus pod gets loud after people have been inside for a while.'"),
    ("help/nimbus-ventilation.md", "Nimbus raises fan speed automatically when the air gets stuffy (CO2 above 900 ppm), which can happen after 20-30 minutes with the door closed. It returns to quiet mode below 700 ppm."),
    ("help/nimbus-ventilation-2.md", "Admins can set a lower maximum fan step in Halcyon Fleet under Pods > Ventilation; the lowest allowed maximum is step 3."),
], """
Hi Claire,

Thanks for the feedback. A pod should feel calm, so I understand why a loud fan bothers people. The fan speeds up on purpose when the air gets stuffy, which can happen after 20-30 minutes with the door closed [2]. It settles back to quiet mode once the air is fresh again [2].

If you'd like it quieter:

1. Sign in to Halcyon Fleet [3].
2. Go to Pods > Ventilation [3].
3. Set a lower maximum fan step. The lowest allowed is step 3 [3].
4. Ask people to open the door briefly between long calls.

Let us know how it goes, and reply if you want help choosing a setting.

— Halcyon Support
""")

ex("T", "nimbus install", "Reply to a customer scheduling Nimbus booth installation", [
    ("tickets/HS-51360.txt", "Ticket HS-51360 from Raj Malhotra: order HW-773102, Nimbus Duo. 'When can you install it and what do we need to prepare?'"),
    ("ops/nimbus-install.md", "Installation is done by a 2-person crew and takes about 3 hours. The site needs a clear floor area of 2.4 x 2.4 m, a standard outlet within 2 m, and elevator or ground-floor access."),
    ("ops/nimbus-scheduling.md", "Installation slots are booked through the link in the order confirmation email; the earliest slot for Nimbus Duo in Washington is 2026-06-23."),
], """
Hi Raj,

Thanks for choosing the Nimbus Duo. We're looking forward to getting it set up for you. A 2-person crew will handle the installation, which takes about 3 hours [2].

To get ready:

1. Clear a floor area of 2.4 x 2.4 m where the booth will go [2].
2. Make sure there's a standard outlet within 2 m of that spot [2].
3. Confirm the crew can reach the space by elevator or at ground level [2].
4. Book your slot through the link in your order confirmation email. The earliest available date is 2026-06-23 [3].

If anything about the space is tricky, send us a photo and we'll check it with the crew.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Fleet (business customers)
# ---------------------------------------------------------------------------
ex("T", "fleet admin sso", "Help a non-technical office manager set up single sign-on for Halcyon Fleet", [
    ("tickets/HS-51422.txt", "Ticket HS-51422 from Beth Carter, office manager at Lindenwood Law: 'Our IT person left. How do I turn on the Microsoft login for Fleet?'"),
    ("fleet/docs/sso.md", "Single sign-on (SSO) lets staff log in to Fleet with their work account. Fleet supports Microsoft Entra ID. Setup: in Fleet go to Settings > Security > SSO, choose Entra ID, and paste the metadata URL from the Microsoft admin portal."),
    ("fleet/docs/sso-2.md", "Keep SSO enforcement off until a test login works; owners can always sign in with a password as a fallback."),
], """
Hi Beth,

Sorry you're left holding this. We'll make it as painless as possible. Single sign-on (SSO) simply lets your team log in to Fleet with their work Microsoft account [2]. Fleet supports Microsoft Entra ID, Microsoft's name for that login [2].

1. In Fleet, go to Settings > Security > SSO [2].
2. Choose Entra ID [2].
3. In the Microsoft admin portal, copy the "metadata URL" (a web address that links the two systems) and paste it into Fleet [2].
4. Leave SSO enforcement off and try a test login first [3].

Don't worry about locking yourself out: owners can always sign in with a password [3]. If you get stuck, reply and we can set up a call.

— Halcyon Support
""")

ex("T", "fleet billing", "Reply to a Fleet customer asking why their invoice went up", [
    ("tickets/HS-51480.txt", "Ticket HS-51480 from Omar Siddiqui, Brightline Studio: 'Our Fleet bill went from $240 to $320 this month. Why?'"),
    ("billing/fleet-invoice-BRT-0526.txt", "Brightline Studio, invoice BRT-0526: 80 active desks at $4 per desk per month = $320. Previous invoice: 60 desks = $240. 20 desks added on 2026-05-03."),
], """
Hi Omar,

Thanks for asking. It's always worth checking a bill that changes. The increase comes from the number of desks on your account [2].

Here's the breakdown:

1. Last month you had 60 desks, which came to $240 [2].
2. On 2026-05-03, 20 desks were added [2].
3. This month's invoice, BRT-0526, covers 80 active desks at $4 per desk per month, so $320 [2].

If those 20 desks were added by mistake, or you'd like to remove some, reply here. We'll help you adjust it before the next invoice.

— Halcyon Support
""")

ex("H", "fleet admin booking", "Explain to a Fleet admin how to turn on automatic desk release", [
    ("tickets/HS-51533.txt", "Ticket HS-51533 from Yusuf Demir, facilities lead: 'People book desks and never show up. Can Fleet free them automatically?'"),
    ("fleet/docs/auto-release.md", "Auto-release frees a booked desk if nobody checks in. Turn it on in Fleet under Settings > Bookings > Auto-release. The grace period defaults to 20 minutes and can be set from 5 to 120 minutes."),
    ("fleet/docs/auto-release-2.md", "People can check in by scanning the desk QR code, tapping Check in in the app, or simply sitting at an Atlas desk with a presence sensor."),
], """
Hi Yusuf,

Good news: Fleet can do exactly that. Auto-release frees a booked desk when nobody checks in, so those empty desks go back to people who need them [2].

1. In Fleet, go to Settings > Bookings > Auto-release [2].
2. Switch it on.
3. Set the grace period, which is how long Fleet waits before freeing the desk. The default is 20 minutes, and you can choose anything from 5 to 120 [2].
4. Let your team know how to check in: scan the desk QR code, tap Check in in the app, or sit at an Atlas desk with a presence sensor [3].

Want help picking the right grace period for your office? Just reply.

— Halcyon Support
""")

ex("T", "fleet admin users", "Reply to a Fleet admin who can't find how to remove a departed employee", [
    ("tickets/HS-51590.txt", "Ticket HS-51590 from Lucy Barnes: 'An employee left last week. How do I remove them from Fleet so they stop counting?'"),
    ("fleet/docs/users.md", "To remove a user, go to People, open the person's profile and select Deactivate. Their future bookings are cancelled, and past bookings stay in reports. Deactivated users are not counted as active seats from the next billing day."),
], """
Hi Lucy,

Thanks for reaching out. It's easy once you know where to look.

1. In Fleet, open the People page [2].
2. Find the employee and open their profile [2].
3. Select Deactivate [2].

Here's what happens next:

- Any future bookings they had are cancelled [2].
- Their past bookings stay in your reports, so your history remains complete [2].
- They stop counting as an active seat from the next billing day [2].

If you have several people to remove, reply and we'll share a quicker way to do them in bulk.

— Halcyon Support
""")

ex("T", "fleet b2b sales", "Reply to a company asking about volume pricing for 120 desks", [
    ("tickets/HS-51644.txt", "Ticket HS-51644 from Greta Lindholm, Northwind Logistics: 'We need around 120 Atlas desks for a new office. Is there a discount?'"),
    ("sales/volume-pricing.md", "B2B volume pricing: 25-49 desks 6% off, 50-149 desks 12% off, 150+ custom quote. Orders of 50 or more include free white-glove installation."),
    ("sales/contact.md", "Volume orders are handled by the B2B team at b2b@halcyon.works, who reply within 1 business day with a formal quote."),
], """
Hi Greta,

Congratulations on the new office, and thanks for thinking of us. Yes, there's a discount. For 50-149 desks, our volume pricing is 12% off, and orders of 50 or more include free white-glove installation (our team delivers and sets everything up) [2].

1. Email our B2B team at b2b@halcyon.works [3].
2. Include the number of desks, Atlas S or Atlas Pro, and your delivery address.
3. They'll reply within 1 business day with a formal quote [3].

If your order grows past 150 desks, they'll prepare a custom quote instead [2]. Anything else I can help with in the meantime?

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Outage and maintenance notices
# ---------------------------------------------------------------------------
ex("T", "fleet outage", "Write an outage notice for Fleet customers about login problems", [
    ("status/fleet-2026-04-22.md", "2026-04-22 09:15 UTC: some Fleet customers cannot sign in to the admin console. Desk bookings in the app and at kiosks still work. Engineers are rolling back a recent change; next update by 10:00 UTC."),
], """
Hi {{first_name}},

We're sorry: since 09:15 UTC today, 2026-04-22, some customers haven't been able to sign in to the Fleet admin console [1]. We know this gets in the way of your day, and our engineers are rolling back the change that caused it [1].

The good news: desk bookings in the app and at kiosks still work normally [1].

What you can do meanwhile:

1. Ask your team to keep booking desks in the app or at kiosks [1].
2. Put off admin changes until sign-in is back.
3. Check your inbox for our next update by 10:00 UTC [1].

Thank you for your patience. Reply here if anything urgent can't wait.

— Halcyon Support
""")

ex("T", "app outage ota", "Customer notice: desk updates failing because of a server problem", [
    ("status/ota-2026-04-08.md", "2026-04-08 14:02 UTC: desk software updates are failing for some customers due to a server certificate problem on our side. Desks keep working normally. Fixed at 15:47 UTC; updates will retry automatically within 6 hours."),
], """
Hi {{first_name}},

Between 14:02 and 15:47 UTC on 2026-04-08, desk software updates failed for some customers because of a server problem on our side [1]. We're sorry if you saw an update error. That one's on us.

Your desk kept working normally the whole time, and the problem is now fixed [1].

1. You don't need to do anything. Updates retry automatically within 6 hours [1].
2. Keep your desk plugged in so the retry can happen.
3. If the app still shows an update error after that, tap Retry in the app.

If you have any trouble, reply to this email and we'll help.

— Halcyon Support
""")

ex("H", "maintenance notice fleet", "Write a scheduled maintenance notice for Fleet customers", [
    ("status/maintenance-2026-06-18.md", "Scheduled maintenance: 2026-06-18 from 04:00 to 04:30 UTC. Fleet live updates (the instant refresh of desk availability) may pause for up to 3 minutes while devices reconnect. Bookings are not affected."),
], """
Hi {{first_name}},

A quick heads-up so nothing catches you by surprise: we're doing planned maintenance on 2026-06-18 from 04:00 to 04:30 UTC [1].

During that window, Fleet live updates may pause for up to 3 minutes while devices reconnect [1]. Live updates are the instant refresh of desk availability on screens and in the app. Bookings themselves are not affected [1].

1. You don't need to do anything.
2. If a screen looks out of date during the window, refresh it after a few minutes.
3. Tell any early-shift staff so they aren't surprised.

Thanks for bearing with us, and reply if you have questions.

— Halcyon Support
""")

ex("T", "fleet outage resolved", "Post-incident resolution notice to affected Fleet customers about double bookings", [
    ("status/fleet-2026-05-18.md", "On 2026-05-18 between 13:00 and 13:40 UTC, a system fault caused some desks to be booked twice. In every case we kept the booking made first and emailed anyone whose booking was removed."),
    ("status/fleet-2026-05-18-credit.md", "Affected customers receive a 10% credit on their next Fleet invoice automatically."),
], """
Hi {{first_name}},

We owe you an apology. On 2026-05-18, between 13:00 and 13:40 UTC, a fault on our side caused some desks to be booked twice [1]. We know that meant confusion for people arriving at work, and we're sorry.

Here's what we did and what happens next:

1. For every double booking, we kept the booking made first [1].
2. Anyone whose booking was removed got an email from us [1].
3. A 10% credit will be applied to your next Fleet invoice automatically [2].

If someone on your team still has a wrong booking, reply with their name and we'll fix it right away.

— Halcyon Support
""")

ex("T", "holiday hours", "Write a notice about support hours over the Thanksgiving holiday", [
    ("support/hours-2026.md", "Support hours: Monday-Friday 6:00-18:00 Pacific. Closed Thursday 2026-11-26 and Friday 2026-11-27 for Thanksgiving. Email and chat messages sent while closed are answered from Monday 2026-11-30."),
    ("help/self-service.md", "The Help Center has step-by-step guides for error codes, pairing and warranty claims, available any time."),
], """
Hi {{first_name}},

Our support team will be taking a short break for Thanksgiving, and we wanted to let you know ahead of time.

- We're closed Thursday 2026-11-26 and Friday 2026-11-27 [1].
- Our usual hours are Monday-Friday, 6:00-18:00 Pacific [1].

If you need help during the break:

1. Check the Help Center. It has step-by-step guides for error codes, pairing and warranty claims, any time [2].
2. Send us an email or chat message as usual.
3. We'll answer from Monday 2026-11-30 [1].

Wishing you a restful holiday, and thank you for being a Halcyon customer.

— Halcyon Support
""")
# ---------------------------------------------------------------------------
# Macros (templated replies with placeholders)
# ---------------------------------------------------------------------------
ex("T", "macro atlas desk error", "Write a support macro for E07 overload errors on Atlas desks", [
    ("help/atlas-error-codes.md", "E07 means the desk is trying to lift more than its limit or something is blocking it. Atlas S lifts up to 100 kg and Atlas Pro up to 160 kg, including the desktop. Clear the load, then hold the down button for 5 seconds to reset."),
    ("help/atlas-error-codes-e07.md", "If E07 appears with a light load, a leg may be rubbing on a wall, a drawer unit or a radiator; leave at least 2 cm of space around each leg."),
], """
Hi {{first_name}},

Thanks for reaching out, and sorry your desk stopped with E07. This code means the desk thinks it's lifting more than it can, or something is in its way [1]. The Atlas S can lift up to 100 kg and the Atlas Pro up to 160 kg, and that includes the desktop itself [1].

1. Take heavy items off the desk for now [1].
2. Check that no leg is rubbing on a wall, drawer unit or radiator. Leave at least 2 cm of space around each leg [2].
3. Hold the down button for 5 seconds to reset the desk [1].
4. Put things back and try a move.

If E07 comes back with a light load, reply with a photo of your setup and we'll take it from there.

— Halcyon Support
""")

ex("T", "macro shipping delay", "Create a macro for customers whose freight delivery has no tracking updates", [
    ("support/macros/freight-guidance.md", "Freight shipments (desks and booths) often show no scans for 3-4 business days while moving between terminals. Carriers call 24-48 hours before delivery to book a window. If there are no scans for 5 business days, support opens a trace with the carrier."),
], """
Hi {{first_name}},

Thanks for checking on your delivery. I know it's unsettling when tracking goes quiet. Larger items like desks and booths travel by freight, and freight tracking often shows no new scans for 3-4 business days while the shipment moves between terminals [1].

1. Keep an eye on tracking for order {{order_number}}.
2. Expect a call from the carrier 24-48 hours before delivery to book a time window [1].
3. If there are still no new scans after 5 business days, reply here. We'll open a trace with the carrier for you [1].

We'll keep you posted, and we're here if you have any questions in the meantime.

— Halcyon Support
""")

ex("H", "macro app bluetooth", "Write a macro for Android users whose app can't find the desk because of location permission", [
    ("help/app-pairing-android.md", "On Android 11 and older, Bluetooth scanning requires Location permission and Location services switched on; without them, the Halcyon app shows 'No desks nearby'. Android 12 and newer use the 'Nearby devices' permission instead."),
], """
Hi {{first_name}},

Sorry the app can't see your desk. This is usually a phone permission, not a problem with the desk. Android needs a specific permission before apps can look for Bluetooth devices nearby [1].

1. Check your Android version in Settings > About phone.
2. On Android 12 or newer: go to Settings > Apps > Halcyon > Permissions and allow "Nearby devices" [1].
3. On Android 11 or older: allow Location for the Halcyon app, and make sure Location is switched on in your quick settings [1].
4. Reopen the app and search for your desk again.

If you still see "No desks nearby," reply with your phone model and we'll help.

— Halcyon Support
""")

ex("T", "macro returns", "Macro: return request for an Orion chair within 30 days", [
    ("policies/returns.md", "Orion chairs can be returned within 30 days of delivery. Halcyon emails a prepaid return label; the chair must be packed in its original box or one of similar size. No restocking fee."),
    ("policies/refunds.md", "Refunds are issued within 3 business days of the return arriving and appear in 5-7 business days depending on the bank."),
], """
Hi {{first_name}},

Thanks for letting us know the Orion isn't quite right for you. We're sorry it didn't work out, and returning it is simple. Since it's within 30 days of delivery, there's no restocking fee [1].

1. Watch for an email from us with a prepaid return label [1].
2. Pack the chair in its original box, or one of a similar size [1].
3. Attach the label and drop the box off with the carrier.
4. We issue your refund within 3 business days of the chair arriving. Depending on your bank, it shows up in 5-7 business days [2].

If packing the chair is tricky, reply and we'll send some tips.

— Halcyon Support
""")

ex("T", "macro warranty claim", "Write a macro acknowledging a new warranty claim", [
    ("warranty/claims.md", "Warranty claims are reviewed within 2 business days. Customers get a claim number starting with WC-. Approved claims ship parts within 3 business days; for whole-product replacements, the old item is collected at no cost."),
], """
Hi {{first_name}},

Thank you for sending the details. We've opened your warranty claim, number {{claim_number}}, and we're sorry you've had trouble with your {{product}}. Here's what happens from here:

1. Our team reviews your claim within 2 business days [1].
2. We'll email you with the decision, using your claim number (it starts with WC-) [1].
3. If parts are needed, they ship within 3 business days of approval [1].
4. If we replace the whole product, we collect the old one at no cost to you [1].

If you have more photos or details, just reply here and they'll be added to your claim.

— Halcyon Support
""")

ex("T", "macro firmware update", "Macro for customers asking whether they need to update their desk software", [
    ("help/firmware-update.md", "Desk software (firmware) updates add features and fix bugs. The Halcyon app shows a blue dot on the desk card when one is available. Updates take up to 10 minutes and the desk can't be moved during the update."),
    ("help/firmware-auto.md", "Automatic updates can be switched on in the app under Desk settings > Software; they install between 01:00 and 05:00 when the desk is not in use."),
], """
Hi {{first_name}},

Great question. Updating is a good idea. Desk software updates (also called firmware) add new features and fix bugs [1].

1. Open the Halcyon app and look at your desk card. A blue dot means an update is available [1].
2. Tap the desk card and follow the update prompt.
3. Allow up to 10 minutes. You won't be able to move the desk during the update [1].
4. To skip this in the future, switch on automatic updates under Desk settings > Software. They install between 01:00 and 05:00 while the desk isn't in use [2].

Reply any time if something looks off.

— Halcyon Support
""")

ex("H", "macro fleet password", "Macro for Fleet users who didn't receive their invitation email", [
    ("fleet/docs/invites.md", "Fleet invitation emails come from no-reply@fleet.halcyon.works and expire after 7 days. Admins can resend an invite from People > Pending. If the company uses SSO, employees don't need an invite and can sign in with their work account."),
], """
Hi {{first_name}},

Sorry you're having trouble getting into Fleet. Let's get you sorted. Invitation emails come from no-reply@fleet.halcyon.works and stop working after 7 days [1].

1. Search your inbox and spam folder for no-reply@fleet.halcyon.works [1].
2. If the email is older than 7 days, ask your Fleet admin to resend it from People > Pending [1].
3. If your company uses single sign-on (logging in with your work account), skip the invite and sign in with your work account [1].

Not sure who your admin is? Reply here with your company name and we'll help you find out.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Escalations, follow-ups, complaint handling
# ---------------------------------------------------------------------------
ex("T", "escalation atlas desk", "Reply telling a customer their case has been escalated to engineering", [
    ("tickets/HS-51720.txt", "Ticket HS-51720 from Patrick Doyle: Atlas Pro keeps stopping with E12 even after reset and cable checks; third contact."),
    ("support/escalation.md", "Escalated hardware cases go to the product engineering team, who respond within 3 business days. Support may ask the customer to send a diagnostic log from the app: Desk settings > Help > Send diagnostics."),
], """
Hi Patrick,

Thank you for sticking with us, and I'm sorry this has dragged on. Three contacts about the same E12 error is more than anyone should have to deal with [1]. I've escalated your case to our product engineering team, and they respond within 3 business days [2].

To help them find the cause quickly:

1. Open the Halcyon app and go to Desk settings > Help [2].
2. Tap Send diagnostics. This sends a log of your desk's recent activity to our engineers [2].
3. Reply here once it's sent, so I can link it to your case.

I'll keep an eye on your case myself and update you as soon as I hear back.

— Halcyon Support
""")

ex("T", "complaint apology", "Respond to an upset customer who waited two weeks for a reply", [
    ("tickets/HS-51788.txt", "Ticket HS-51788 from Diane Foster: 'I emailed two weeks ago about my broken Lumen lamp and nobody answered. This is ridiculous.' Original ticket HS-50994, Lumen delivered 2025-12-02, LEDs dead."),
    ("warranty/lumen.md", "Lumen lamps have a 3-year warranty covering the LEDs and driver board. Replacements ship within 2 business days of approval."),
], """
Hi Diane,

You're right, and I'm sorry. You should never have to wait two weeks for an answer, and we let you down. Thank you for following up.

I've reviewed your original ticket (HS-50994). Your Lumen was delivered on 2025-12-02, so it's well within the 3-year warranty, which covers the LEDs [1][2]. I've approved a replacement.

1. Reply to confirm your shipping address.
2. Your new lamp ships within 2 business days [2].
3. You'll get tracking by email as soon as it leaves our warehouse.

I'm keeping this ticket open myself until your lamp arrives. If you need anything at all, reply here.

— Halcyon Support
""")

ex("T", "follow-up", "Write a follow-up to a customer who hasn't replied in 5 days", [
    ("tickets/HS-51842.txt", "Ticket HS-51842 from Mateo Ruiz: Orion armrest wobbles. Support sent tightening steps on 2026-05-28; no reply since. Policy: tickets auto-close 7 days after the last support reply."),
    ("help/orion-armrest-tighten.md", "Tighten the two armrest screws under the seat with the included 5 mm hex key, a quarter turn past snug."),
], """
Hi Mateo,

Just checking in. We sent some steps for your wobbly Orion armrest on 2026-05-28 and wanted to see how things went [1].

In case it's helpful, here they are again:

1. Find the two armrest screws under the seat [2].
2. Use the 5 mm hex key that came with the chair [2].
3. Tighten each screw a quarter turn past snug [2].

If the wobble is gone, great, you don't need to do anything. If not, just reply and we'll keep going. This ticket closes automatically 7 days after our last reply, but you can always write back to reopen it [1].

— Halcyon Support
""")

ex("H", "closing satisfaction", "Write a ticket-closing message after a successful fix, asking for feedback", [
    ("tickets/HS-51901.txt", "Ticket HS-51901 from Ingrid Solberg: Vega dual arm tension issue resolved after adjusting both elbow screws. Customer replied 'all good now'."),
    ("support/csat.md", "Closing messages include the 2-question survey link; it takes about 1 minute. Customers can reopen by replying within 30 days."),
], """
Hi Ingrid,

So glad to hear your Vega dual arm is holding steady now that both elbow screws are adjusted [1]. Thanks for working through it with us.

Before we close this ticket, a couple of quick things:

1. If you have a minute, please fill in our 2-question survey using the link below. It takes about 1 minute and helps us improve [2].
2. If the arm starts drifting again, just reply to this email within 30 days and the ticket reopens [2].
3. After that, you're always welcome to start a new request.

Enjoy your setup!

— Halcyon Support
""")

ex("T", "price adjustment", "Reply to a customer asking for a refund of the difference after a price drop", [
    ("tickets/HS-51966.txt", "Ticket HS-51966 from Paul Schneider: bought Atlas Pro on 2026-05-20 for $899; it's now on sale for $799, a $100 difference."),
    ("policies/price-adjustment.md", "Halcyon offers a one-time price adjustment if the same item drops in price within 14 days of purchase. The difference is refunded to the original payment method within 5 business days."),
], """
Hi Paul,

Thanks for letting us know about the sale. You did the right thing by asking. We offer a one-time price adjustment when the same item drops in price within 14 days of purchase [2]. You bought your Atlas Pro on 2026-05-20 for $899, and it's now $799, so you qualify [1][2].

1. Reply to confirm you'd like the adjustment.
2. We'll refund the $100 difference to your original payment method [1][2].
3. It arrives within 5 business days [2].

Enjoy the desk, and let us know if there's anything else we can do.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Programs: trade-in, gifts, accessibility, privacy
# ---------------------------------------------------------------------------
ex("T", "tradein", "Explain the trade-in program to a customer upgrading from Atlas S to Atlas Pro", [
    ("tickets/HS-52010.txt", "Ticket HS-52010 from Wendy Clarke: 'I'd like to upgrade to an Atlas Pro. Can I trade in my Atlas S?'"),
    ("programs/trade-in.md", "Trade-in credit for an Atlas S: grade A (like new) $180, grade B (light wear) $120. Halcyon collects the old desk when delivering the new one. Credit is applied after inspection, within 10 business days."),
], """
Hi Wendy,

Upgrading to the Atlas Pro sounds exciting, and yes, you can trade in your Atlas S. Here's how it works:

1. Start a trade-in from the Trade-in page and choose Atlas S.
2. Pick the condition that fits best: grade A (like new) gets $180 in credit, and grade B (light wear) gets $120 [2].
3. Order your Atlas Pro. We'll collect the old desk when we deliver the new one [2].
4. After we inspect the old desk, your credit is applied within 10 business days [2].

Not sure which grade your desk fits? Send a couple of photos and we'll help you decide.

— Halcyon Support
""")

ex("T", "accessibility", "Reply to a customer asking for an accessible controller for their Atlas desk", [
    ("tickets/HS-52077.txt", "Ticket HS-52077 from Simone Laurent: 'I have limited hand strength and the keypad buttons are hard for me to press. Are there other options?'"),
    ("help/accessibility.md", "The Atlas Big Button keypad (part AT-KP-BB) needs one-third the press force of the standard keypad and has raised tactile symbols; it is free for customers who request it for accessibility. The desk can also be controlled by voice through Siri Shortcuts or Google Assistant via the Halcyon app."),
], """
Hi Simone,

Thank you for telling us. We want your desk to work for you, and there are good options here.

1. We can send you the Atlas Big Button keypad (part AT-KP-BB) free of charge [2]. It needs one-third the press force of the standard keypad and has raised symbols you can feel [2].
2. To swap it in, unplug the old keypad from the control box and plug in the new one.
3. You can also control the desk by voice. Set it up with Siri Shortcuts or Google Assistant through the Halcyon app [2].

Just reply with your shipping address and we'll send the keypad. If you'd like help with voice control, we're happy to walk you through it.

— Halcyon Support
""")

ex("H", "privacy account", "Reply to a customer asking to delete their account and data", [
    ("tickets/HS-52130.txt", "Ticket HS-52130 from Arjun Mehta: 'Please delete my Halcyon account and all my data.'"),
    ("privacy/deletion.md", "Account deletion can be requested in the app under Profile > Privacy > Delete account, or by support on request. Data is permanently deleted after 30 days; the request can be cancelled during those 30 days by signing in."),
    ("privacy/deletion-2.md", "Order and invoice records are kept for 7 years for tax purposes, as required by law."),
], """
Hi Arjun,

Thanks for your message. We respect your choice and will take care of it. You can start the deletion yourself, or we can do it for you:

1. In the Halcyon app, go to Profile > Privacy > Delete account [2].
2. Or reply "please delete" to this email and we'll submit it on your behalf [2].
3. Your data is permanently deleted after 30 days. If you change your mind before then, just sign in to cancel [2].

One thing to know: the law requires us to keep order and invoice records for 7 years for tax purposes [3]. Everything else is removed.

If you have any questions about your data, just ask.

— Halcyon Support
""")

ex("T", "gift orion", "Reply to a customer who wants to send an Orion chair as a gift", [
    ("tickets/HS-52188.txt", "Ticket HS-52188 from Lily Evans: 'I want to send an Orion to my dad for his birthday. Can you leave out the price and add a note?'"),
    ("help/gifts.md", "Tick 'This is a gift' at checkout to remove prices from the packing slip and add a message of up to 200 characters. Gift recipients can return items for store credit within 30 days."),
], """
Hi Lily,

What a lovely gift idea. We'd be happy to help make it special.

1. Add the Orion to your cart and go to checkout.
2. Tick "This is a gift." That removes the prices from the packing slip [2].
3. Write your note in the message box. It can be up to 200 characters [2].
4. Enter your dad's address as the shipping address.

If the chair isn't quite right for him, he can return it for store credit within 30 days [2]. Wishing him a very happy birthday!

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Recalls, known issues, safety
# ---------------------------------------------------------------------------
ex("T", "recall vega", "Write a customer notice for a voluntary recall of Vega dual arm clamps", [
    ("safety/recall-VR-2026-01.md", "Voluntary recall VR-2026-01: Vega dual arm clamps with serial numbers VD-B-004100 to VD-B-006250 may loosen over time on desktops thinner than 18 mm. Halcyon ships a free reinforced clamp (part VG-CL-R)."),
    ("safety/recall-VR-2026-01-steps.md", "Customers check the serial number on the clamp's underside and register at halcyon.works/recall. Until the new clamp arrives, tighten the clamp fully and keep monitors under 6 kg per arm."),
], """
Hi {{first_name}},

Your safety matters to us, so we're reaching out about a voluntary recall (VR-2026-01). Some Vega dual arm clamps, serial numbers VD-B-004100 to VD-B-006250, may loosen over time on desktops thinner than 18 mm [1]. We're sorry for the inconvenience.

1. Check the serial number on the underside of your clamp [2].
2. If it's in that range, register at halcyon.works/recall [2].
3. We'll ship you a free reinforced clamp (part VG-CL-R) [1].
4. Until it arrives, tighten the clamp fully and keep each monitor under 6 kg [2].

If you have any questions, or would like help swapping the clamp, please reply.

— Halcyon Support
""")

ex("T", "known-issue watch", "Reply acknowledging the Apple Watch stale-height known issue", [
    ("tickets/HS-52240.txt", "Ticket HS-52240 from Chris Yamamoto: 'My Apple Watch shows the old desk height for a few minutes after I move the desk.'"),
    ("help/known-issues.md", "Known issue in app 7.13: the Apple Watch complication can show an outdated height for up to 5 minutes. A fix is planned for app 7.14. Opening the Halcyon app on the watch refreshes it right away."),
], """
Hi Chris,

Thanks for reporting this. You've spotted a known issue in app 7.13: the Halcyon complication on Apple Watch (the small live display on your watch face) can show an outdated height for up to 5 minutes [2]. Sorry for the confusion. A fix is planned for app 7.14 [2].

Until then:

1. After moving your desk, open the Halcyon app on your watch [2].
2. The height refreshes right away [2].
3. Install 7.14 when it arrives in the App Store to fix it for good [2].

Thanks for your patience, and reply if you notice anything else.

— Halcyon Support
""")

ex("H", "safety atlas", "Reply to a parent worried about children near their Atlas desk", [
    ("tickets/HS-52301.txt", "Ticket HS-52301 from Megan Riley: 'My toddler plays near the desk. Is it safe? Can I stop it from moving?'"),
    ("help/atlas-child-lock.md", "Atlas desks have a child lock: hold the M button for 10 seconds until the display shows LOC. Repeat to unlock. Anti-collision stops and reverses the desk if it meets resistance."),
], """
Hi Megan,

That's a really sensible question, and we're glad you asked. Atlas desks have two features that help here.

First, anti-collision: if the desk meets resistance while moving, it stops and reverses [2].

Second, you can lock the keypad so little hands can't start it:

1. Hold the M button for 10 seconds [2].
2. The display shows LOC, and the buttons won't move the desk [2].
3. To unlock, hold M for 10 seconds again [2].

We'd suggest keeping the lock on whenever you're not using the desk. If you have any other concerns, please reply.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Product questions and help-center answers
# ---------------------------------------------------------------------------
ex("T", "atlas comparison", "Explain the difference between Atlas S and Atlas Pro to a shopper", [
    ("tickets/HS-52366.txt", "Ticket HS-52366 from Anna Kowalczyk: 'What's the real difference between the Atlas S and the Pro? I'm 193 cm tall.'"),
    ("products/atlas.md", "Atlas S: two-stage legs, height 71 to 121 cm, lift capacity 100 kg, $599. Atlas Pro: three-stage legs, height 65 to 130 cm, lift capacity 160 kg, tilt sensor, $899."),
    ("help/desk-height-guide.md", "For people over 185 cm, we recommend a standing height above 120 cm."),
], """
Hi Anna,

Great question. Here's the difference in plain terms:

- Atlas S: goes from 71 to 121 cm, lifts up to 100 kg, $599 [2].
- Atlas Pro: goes from 65 to 130 cm, lifts up to 160 kg, adds a tilt sensor, $899 [2].

Since you're 193 cm tall, height range is the key thing. For people over 185 cm, we recommend a standing height above 120 cm [3]. The Atlas S tops out right at 121 cm, while the Pro reaches 130 cm [2].

1. Measure your elbow height while standing with relaxed shoulders.
2. Compare it with each desk's maximum height.
3. Reply with that number and we'll confirm which desk suits you best.

— Halcyon Support
""")

ex("T", "help-center nimbus", "Write a help-center answer: can I move a Nimbus booth myself?", [
    ("help/nimbus-relocation.md", "Nimbus booths weigh about 350 kg and must be partly taken apart to move. Moving within the same floor can be done with the Nimbus caster kit (part NB-CK), which lifts the booth 1 cm. Moving floors or buildings requires a Halcyon relocation visit, $450."),
], """
Hi {{first_name}},

Thanks for asking before trying. Nimbus booths weigh about 350 kg, so moving one needs some care [1]. What you can do depends on how far it's going:

1. Same floor: use the Nimbus caster kit (part NB-CK). It lifts the booth 1 cm so you can roll it into place [1].
2. Different floor or building: the booth has to be partly taken apart, so book a Halcyon relocation visit for $450 [1].
3. Either way, empty the booth and unplug it first.

If you're not sure which option fits, reply with where it's going and we'll advise.

— Halcyon Support
""")

ex("T", "chat reply short", "Write a short live-chat reply to a customer asking if Atlas desks work with a treadmill", [
    ("chat/session-88412.txt", "Chat 88412, customer Leo: 'Can I use an Atlas Pro with a walking pad treadmill?'"),
    ("help/atlas-walking-pad.md", "Atlas Pro supports walking pads. Set a preset about 5 cm higher than normal standing height, and turn anti-collision sensitivity up one level to reduce wobble triggers."),
], """
Hi Leo, great question. Yes, the Atlas Pro works with walking pads [2]. Two quick tips:

1. Save a preset about 5 cm higher than your normal standing height, to make up for the pad's height [2].
2. Turn anti-collision sensitivity up one level in the app to reduce wobble triggers [2].

Anything else I can help with while you're here?

— Halcyon Support
""")

ex("H", "chat reply lumen", "Live chat reply: customer asks how to set Lumen to follow daylight", [
    ("chat/session-88590.txt", "Chat 88590, customer Priyanka: 'Can the Lumen change color through the day on its own?'"),
    ("help/lumen-circadian.md", "Circadian mode shifts Lumen from warm 2700 K in the evening to cool 6500 K during the day. Turn it on in the Halcyon app: select the lamp, then Modes > Circadian. It follows your phone's time zone."),
], """
Hi Priyanka, yes it can. That's our Circadian mode. It shifts the light from a warm 2700 K in the evening to a cool, daylight-like 6500 K during the day [2].

1. Open the Halcyon app and select your Lumen [2].
2. Tap Modes, then Circadian [2].
3. That's it. It follows your phone's time zone automatically [2].

Want me to stay on chat while you try it?

— Halcyon Support
""")

ex("T", "callback script", "Write a phone call-back script for a customer with a failed Nimbus door latch", [
    ("tickets/HS-52420.txt", "Ticket HS-52420 from Gabriel Moreau (Fairview Dental): Nimbus Solo door doesn't latch; requested a call-back. Installed 2025-09-12."),
    ("help/nimbus-door.md", "If the Nimbus door doesn't latch, check for objects in the frame, then adjust the strike plate: loosen its two screws, slide it 2 mm toward the door, and retighten."),
    ("warranty/nimbus.md", "Nimbus booths have a 5-year warranty; a technician visit for door hardware is free within warranty."),
], """
Hi Gabriel, this is Halcyon Support calling back about your Nimbus Solo door. Thanks for your patience. I know a door that won't latch is a real problem in a dental office.

Can we try a quick fix together?

1. First, check the door frame for anything blocking it [2].
2. Find the metal strike plate on the frame, where the latch clicks in [2].
3. Loosen its two screws, slide it 2 mm toward the door, and tighten them again [2].

If that doesn't do it, your booth was installed on 2025-09-12, so it's within the 5-year warranty and a technician visit is free [1][3]. I'll send you an email with booking times right after this call.

— Halcyon Support
""")
# ---------------------------------------------------------------------------
# Billing, payments, invoices
# ---------------------------------------------------------------------------
ex("T", "billing invoice", "Reply to a customer who needs a copy of their invoice for expenses", [
    ("tickets/HS-52488.txt", "Ticket HS-52488 from Helen Park: 'I need an invoice for my Vega arm purchase for my company's expense report.'"),
    ("help/invoices.md", "Invoices can be downloaded as PDF from Orders in the Halcyon account: open the order and select Download invoice. To add a company name or VAT number, use Edit billing details before downloading; changes are allowed within 90 days of purchase."),
], """
Hi Helen,

Happy to help you get that expense sorted. You can download your invoice as a PDF from your Halcyon account [2].

1. Sign in and open the Orders page [2].
2. Select your Vega arm order.
3. If your company name needs to appear, click Edit billing details first. You can change these within 90 days of purchase [2].
4. Click Download invoice [2].

If you run into any trouble, or your purchase was more than 90 days ago and you need changes, reply here and we'll prepare the invoice for you.

— Halcyon Support
""")

ex("T", "billing payment", "Reply to a customer whose card payment was declined at checkout", [
    ("tickets/HS-52533.txt", "Ticket HS-52533 from Robert Hayes: 'My card keeps getting declined when I try to buy the Atlas Pro, but it works everywhere else.'"),
    ("help/payment-declined.md", "Most declines come from the bank's fraud check on large online purchases or a billing address that doesn't match the card. Halcyon accepts Visa, Mastercard, Amex, PayPal and Affirm. We never see the decline reason."),
], """
Hi Robert,

Sorry about the trouble at checkout. That's frustrating when you're ready to buy. We don't see the reason for a decline on our side, but it's usually one of two things: your bank's fraud check on a larger online purchase, or a billing address that doesn't quite match the card [2].

1. Check that the billing address you entered matches your card statement exactly [2].
2. Call your bank, or check their app, to approve the purchase.
3. Try checking out again.
4. Or use another payment method. We accept Visa, Mastercard, Amex, PayPal and Affirm [2].

If it still won't go through, reply and we'll help you finish the order.

— Halcyon Support
""")

ex("H", "billing financing", "Answer a customer asking about paying for a Nimbus booth in installments", [
    ("tickets/HS-52590.txt", "Ticket HS-52590 from Dr. Nina Alvarez: 'Can we pay for a Nimbus Solo in monthly payments?'"),
    ("help/financing.md", "Halcyon offers financing through Affirm for orders from $500 to $17,500, with 6, 12 or 24 monthly payments. Rates from 0% APR depending on credit. Choose Affirm at checkout; the credit check doesn't affect your credit score."),
], """
Hi Dr. Alvarez,

Yes, you can. We offer monthly payments through Affirm for orders from $500 to $17,500, so a Nimbus Solo is eligible [2].

1. Add the Nimbus Solo to your cart and go to checkout.
2. Choose Affirm as your payment method [2].
3. Pick 6, 12 or 24 monthly payments [2].
4. Affirm runs a quick credit check that doesn't affect your credit score. Rates start at 0% APR, depending on credit [2].

If you'd like to talk through sizing or installation before ordering, just reply. We're happy to help.

— Halcyon Support
""")

ex("T", "billing tax b2b", "Reply to a school asking how to place a tax-exempt order", [
    ("tickets/HS-52645.txt", "Ticket HS-52645 from Mr. Dwayne Foster, Ridgeview School District: 'We are tax-exempt. How do we order 30 Orion chairs without sales tax?'"),
    ("sales/tax-exempt.md", "Tax-exempt organizations email their exemption certificate to tax@halcyon.works. Once approved (within 2 business days), the account is flagged and tax is removed at checkout. Orders of 25 or more chairs qualify for education pricing, 10% off."),
], """
Hi Mr. Foster,

Thanks for reaching out. We're glad to help Ridgeview School District get set up. Here's how to order tax-free:

1. Email your tax exemption certificate to tax@halcyon.works [2].
2. We'll review it within 2 business days and flag your account as tax-exempt [2].
3. Once that's done, sales tax is removed automatically at checkout [2].

Good news too: an order of 30 Orion chairs qualifies for our education pricing, which is 10% off for 25 chairs or more [1][2].

If you'd like a formal quote for your purchasing team first, just reply and we'll send one.

— Halcyon Support
""")

ex("T", "fleet billing cancel", "Reply to a Fleet customer who wants to cancel their subscription", [
    ("tickets/HS-52701.txt", "Ticket HS-52701 from Ivan Petrov, Cobalt Design: 'We're closing our office and need to cancel Fleet.'"),
    ("billing/fleet-cancellation.md", "Monthly Fleet plans can be cancelled any time from Settings > Billing; service runs until the end of the current billing period. Data can be exported as CSV for 30 days after cancellation, then it is deleted."),
], """
Hi Ivan,

I'm sorry to hear you're closing the office, and thank you for being a Fleet customer. Here's how to cancel:

1. In Fleet, go to Settings > Billing [2].
2. Choose Cancel subscription [2].
3. Your service keeps running until the end of the current billing period [2].
4. Export anything you want to keep as CSV files. You'll have 30 days after cancellation before the data is deleted [2].

If you'd like, we can pause your account instead, in case you open a new office later. Just reply and let us know.

— Halcyon Support
""")

ex("T", "fleet trial", "Reply to a prospect asking to extend their Fleet trial", [
    ("tickets/HS-52766.txt", "Ticket HS-52766 from Sara Lindqvist, Fjord Architects: 'Our 14-day Fleet trial ends Friday and we haven't finished testing with the team.'"),
    ("sales/fleet-trial.md", "Fleet trials last 14 days and can be extended once by 14 more days on request. Bookings and settings made during the trial carry over when the customer subscribes."),
], """
Hi Sara,

Thanks for letting us know, and no problem at all. Getting a whole team to test takes time. Fleet trials can be extended once by 14 more days, and I've gone ahead and requested that extension for Fjord Architects [2].

1. Keep using Fleet as normal. Nothing changes on your side.
2. Watch for a confirmation email with your new end date.
3. When you're ready to subscribe, all bookings and settings from the trial carry over [2].

If your team has questions while testing, reply here. We're happy to set up a short walkthrough.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Fleet end users and kiosks
# ---------------------------------------------------------------------------
ex("T", "fleet kiosk", "Reply to a Fleet admin whose lobby kiosk tablet shows 'Offline'", [
    ("tickets/HS-52820.txt", "Ticket HS-52820 from Tariq Hassan: 'Our kiosk in the lobby says Offline in red. Staff can't check in.'"),
    ("fleet/docs/kiosk-troubleshooting.md", "If a kiosk shows Offline, check the tablet's Wi-Fi, then restart the tablet by holding the power button for 10 seconds. Kiosks store up to 200 check-ins while offline and send them once reconnected."),
    ("fleet/docs/kiosk-troubleshooting-2.md", "Kiosks need the Fleet kiosk app version 3.2 or newer; older versions can't reconnect after a Wi-Fi password change."),
], """
Hi Tariq,

Sorry about the red Offline message. Let's get your lobby kiosk back online. The good news: while offline, the kiosk stores up to 200 check-ins and sends them once it reconnects, so nothing is lost [2].

1. On the tablet, check it's connected to your office Wi-Fi [2].
2. Hold the power button for 10 seconds to restart the tablet [2].
3. If your Wi-Fi password changed recently, check the Fleet kiosk app is version 3.2 or newer. Older versions can't reconnect after a password change [3].
4. Update the app if needed, then sign in again.

If it's still offline after this, reply and we'll check it from our side.

— Halcyon Support
""")

ex("T", "fleet checkin qr", "Reply to an employee whose desk QR check-in isn't working", [
    ("tickets/HS-52877.txt", "Ticket HS-52877 from Eva Horvath: 'When I scan the QR code on my desk, it says Booking not found, but I booked it!'"),
    ("fleet/docs/checkin.md", "QR check-in opens 15 minutes before the booking starts. 'Booking not found' appears if the scan is for a different desk than the one booked, or if the user is signed in to the app with a different account."),
], """
Hi Eva,

Sorry for the confusion. That message is annoying when you know you booked the desk. "Booking not found" usually comes down to one of three things [2]:

1. Timing: QR check-in opens 15 minutes before your booking starts. If you're early, wait a moment and scan again [2].
2. The desk: check the desk number on the QR sticker matches the one in your booking [2].
3. Your account: in the app, check you're signed in with your work account, the same one you booked with [2].

If all three look right and it still fails, reply with your booking time and desk number and we'll look into it.

— Halcyon Support
""")

ex("H", "fleet booking howto", "Write a reply explaining to a new employee how to book a desk in Fleet", [
    ("tickets/HS-52930.txt", "Ticket HS-52930 from Liam Murphy: 'First week here. How do I book a desk for tomorrow?'"),
    ("fleet/docs/booking.md", "In the Halcyon app, open Fleet > Book, choose the date and time, then pick a green desk on the floor plan. Green is free, orange is booked, grey is unavailable. Bookings can be made up to 14 days ahead."),
], """
Hi Liam,

Welcome aboard! Booking a desk only takes a minute.

1. Open the Halcyon app and tap Fleet, then Book [2].
2. Choose tomorrow's date and the times you'll be in [2].
3. On the floor plan, pick a green desk. Green means free, orange means booked, and grey means unavailable [2].
4. Tap Confirm, and you're set.

You can book up to 14 days ahead, so feel free to plan the rest of your week too [2]. If anything looks odd on the floor plan, just reply.

— Halcyon Support
""")

ex("T", "fleet slack notifications", "Reply to a Fleet user whose Slack booking reminders stopped", [
    ("tickets/HS-52988.txt", "Ticket HS-52988 from Marta Kowalska: 'I used to get Slack reminders for my desk bookings, but they stopped last week.'"),
    ("fleet/docs/slack.md", "Slack reminders need the Halcyon Fleet Slack app connected to the user's profile. If the user's Slack email changed, or the workspace admin reinstalled the app, reconnect from Fleet > Profile > Notifications > Slack."),
], """
Hi Marta,

Thanks for letting us know. Those reminders are handy, so let's get them back. They usually stop when your Slack email has changed, or when your workspace admin has reinstalled the Slack app [2]. Either way, reconnecting fixes it:

1. In Fleet, open your Profile [2].
2. Go to Notifications > Slack [2].
3. Click Reconnect and approve the connection in Slack.
4. Book a test desk to check the reminder arrives.

If it still doesn't come through, reply and we'll check your connection from our side.

— Halcyon Support
""")

ex("T", "fleet reports", "Reply to a Fleet admin asking how to export monthly occupancy data", [
    ("tickets/HS-53041.txt", "Ticket HS-53041 from Greg Thompson: 'Leadership wants a monthly report of how many desks are used. How do I export that?'"),
    ("fleet/docs/reports.md", "Go to Reports > Occupancy, choose Monthly, select the date range and site, then Export CSV. Occupancy counts a desk as used if someone checked in for at least 30 minutes that day. Reports cover up to 25 months of history."),
], """
Hi Greg,

Happy to help you get that report together for leadership.

1. In Fleet, go to Reports > Occupancy [2].
2. Choose Monthly [2].
3. Select the date range and the site you want [2].
4. Click Export CSV [2].

A quick note on how it's counted: a desk counts as used if someone checked in for at least 30 minutes that day [2]. You can go back up to 25 months [2].

If leadership wants the numbers in a particular format, reply with an example and we'll suggest the best setup.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# More app help
# ---------------------------------------------------------------------------
ex("T", "app siri", "Help a customer set up a Siri voice command to move their desk", [
    ("tickets/HS-53100.txt", "Ticket HS-53100 from Natalie Brooks: 'Can I tell Siri to raise my desk?'"),
    ("help/siri-shortcuts.md", "In the Halcyon app (iOS 7.8 or newer), open a desk preset and tap Add to Siri, then record a phrase like 'Standing time'. The phone must be within Bluetooth range, about 10 m, of the desk."),
], """
Hi Natalie,

Yes, you can. Here's how to set it up:

1. Make sure the Halcyon app on your iPhone is version 7.8 or newer [2].
2. Open the app and tap the desk preset you want, for example your standing height [2].
3. Tap Add to Siri [2].
4. Record a phrase such as "Standing time" [2].

Now just say "Hey Siri, standing time." Your phone needs to be within Bluetooth range of the desk, about 10 m [2]. Reply here if you'd like help setting up more phrases.

— Halcyon Support
""")

ex("T", "app health", "Reply to a customer asking how to send standing time to Apple Health", [
    ("tickets/HS-53155.txt", "Ticket HS-53155 from Kofi Mensah: 'Can the Halcyon app add my standing time to Apple Health?'"),
    ("help/apple-health.md", "Go to Profile > Connected apps > Apple Health and allow Halcyon to write Stand Minutes. Data syncs every hour while the app runs in the background. Only standing time is shared; no location or desk data."),
], """
Hi Kofi,

Great idea, and yes, it can. Here's how:

1. In the Halcyon app, open Profile > Connected apps > Apple Health [2].
2. Allow Halcyon to write Stand Minutes [2].
3. Keep the app running in the background. Data syncs every hour [2].

Only your standing time is shared with Apple Health. No location or desk data goes along with it [2].

If your minutes don't show up after an hour or two, reply and we'll take a look.

— Halcyon Support
""")

ex("H", "app shared desk", "Reply to a couple who share one desk and both want to use the app", [
    ("tickets/HS-53210.txt", "Ticket HS-53210 from Jordan Reyes: 'My partner and I share an Atlas S. Can we both control it from our own phones?'"),
    ("help/app-sharing.md", "The desk owner can invite up to 3 people from Desk settings > Sharing. Each person keeps their own presets and standing stats. Only one phone can move the desk at a time; the other sees its height live."),
], """
Hi Jordan,

Sharing a desk works nicely with the app. You can both have your own phones set up.

1. The person who first paired the desk opens Desk settings > Sharing [2].
2. Tap Invite and send the invite to your partner. You can invite up to 3 people [2].
3. Your partner accepts the invite in their own Halcyon app.

You'll each keep your own presets and standing stats [2]. Only one phone can move the desk at a time, and the other sees the height change live [2].

Enjoy sharing, and reply if the invite gives you any trouble.

— Halcyon Support
""")

ex("T", "app deleted desk", "Reply to a customer who accidentally removed their desk from the app and lost presets", [
    ("tickets/HS-53266.txt", "Ticket HS-53266 from Erin Walsh: 'I removed my desk from the app by accident. Are my presets gone?'"),
    ("help/presets-restore.md", "Presets are stored in the cloud for 30 days after a desk is removed. Pair the desk again with the same account and the app offers to restore them. After 30 days they are deleted."),
], """
Hi Erin,

Don't worry, this happens, and your presets aren't lost yet. When a desk is removed, its presets stay saved in the cloud for 30 days [2].

1. Open the Halcyon app, signed in with the same account as before [2].
2. Pair your desk again as you did the first time.
3. When the app offers to restore your presets, tap Restore [2].

Do this within 30 days of removing the desk. After that, the presets are deleted [2]. If the restore option doesn't appear, reply and we'll help right away.

— Halcyon Support
""")

ex("T", "app data export", "Reply to a customer asking how to download their standing history", [
    ("tickets/HS-53320.txt", "Ticket HS-53320 from Peter Lang: 'I'd like a spreadsheet of my standing history for my physiotherapist.'"),
    ("help/data-export.md", "Go to Profile > Privacy > Export my data. The export is a CSV file emailed within 24 hours, with one row per day: date, minutes standing, minutes sitting and number of desk moves."),
], """
Hi Peter,

Happy to help. Sharing your history with your physiotherapist is a great idea.

1. In the Halcyon app, go to Profile > Privacy > Export my data [2].
2. Confirm the request.
3. Watch your inbox. The file is emailed within 24 hours [2].

It's a CSV file, which opens in Excel or Google Sheets. There's one row per day showing the date, minutes standing, minutes sitting and the number of desk moves [2].

If the email doesn't arrive, reply here and we'll resend it.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# More Atlas help
# ---------------------------------------------------------------------------
ex("T", "atlas wobble", "Reply to a customer whose Atlas S wobbles at standing height", [
    ("tickets/HS-53377.txt", "Ticket HS-53377 from Max Weber: 'At standing height my Atlas S wobbles side to side when I type.'"),
    ("help/atlas-wobble.md", "Some sway at full height is normal for two-stage legs. To reduce it: level the feet with the adjusters under each foot, check the crossbar bolts are tight, and place the desk against a wall. The Atlas stabilizer bar (part AT-SB) cuts side-to-side sway by about half."),
], """
Hi Max,

Sorry about the wobble. It's distracting when you're trying to type. A little sway at full height is normal for two-stage legs like the Atlas S has, but there's plenty you can do to firm it up [2].

1. Level the desk using the adjusters under each foot [2].
2. Check that the crossbar bolts are tight [2].
3. If you can, push the desk back against a wall [2].
4. For even more stability, the Atlas stabilizer bar (part AT-SB) cuts side-to-side sway by about half [2].

Let us know how it feels after the first three steps. We're happy to help you order the bar if needed.

— Halcyon Support
""")

ex("T", "atlas desk error firmware", "Reply to a customer whose desk shows E41 after an update", [
    ("tickets/HS-53430.txt", "Ticket HS-53430 from Anika Sharma: 'After updating through the app, my desk shows E41 and nothing happens.'"),
    ("help/atlas-error-codes.md", "E41 means the desk rejected an update and went back to its backup software. The desk still moves with the keypad after a restart. Unplug it for 30 seconds, then install the update again from the app."),
    ("help/atlas-error-codes-e41.md", "If E41 appears twice in a row, contact support; a replacement control box is shipped under warranty."),
], """
Hi Anika,

I'm sorry the update didn't go smoothly. I know that's worrying. E41 means the desk turned down the update and switched back to its backup software. Your desk isn't damaged, and it should move with the keypad again after a restart [2].

1. Unplug the desk from the wall for 30 seconds [2].
2. Plug it back in and check the keypad moves the desk.
3. In the Halcyon app, install the update again [2].

If E41 shows up a second time, reply here. We'll ship a replacement control box under warranty [3].

— Halcyon Support
""")

ex("H", "atlas moving voltage", "Customer moving from the US to Germany asks if their Atlas desk will work", [
    ("tickets/HS-53488.txt", "Ticket HS-53488 from Tyler Brooks: 'I'm moving to Berlin. Will my Atlas Pro work there?'"),
    ("help/atlas-voltage.md", "Atlas control boxes accept 100-240 V, 50/60 Hz, so the desk works in Europe. Only the power cable needs to change: order the EU cable (part AT-PC-EU, $12) or use a plug adapter rated for at least 2 A."),
    ("warranty/international.md", "The warranty stays valid after moving abroad; claims are handled by our EU team from Rotterdam."),
], """
Hi Tyler,

Exciting move, congratulations! Good news: your Atlas Pro will work in Berlin. The control box accepts 100-240 V at 50/60 Hz, which covers Europe [2]. Only the power cable needs to change.

1. Order the EU power cable (part AT-PC-EU, $12) [2], or
2. Use a plug adapter rated for at least 2 A [2].
3. Take the desk apart before the move and keep the screws bagged.

Your warranty stays valid abroad, and our EU team in Rotterdam handles any claims [3]. Reply if you'd like us to add the cable to an order.

— Halcyon Support
""")

ex("T", "atlas disassembly", "Reply to a customer asking how to take apart their Atlas desk for a move", [
    ("tickets/HS-53541.txt", "Ticket HS-53541 from Camille Roux: 'Moving next week. What's the safest way to take my Atlas S apart?'"),
    ("help/atlas-disassembly.md", "Lower the desk fully and unplug it. Disconnect the cables at the control box, then remove the 8 desktop screws and lift the desktop off with two people. Remove the crossbar last. Keep the legs upright during transport and don't lift the desk by the keypad."),
], """
Hi Camille,

Good luck with the move! Taking the Atlas S apart is straightforward if you go in this order:

1. Lower the desk all the way and unplug it [2].
2. Disconnect the cables at the control box [2].
3. Remove the 8 desktop screws [2].
4. Lift the desktop off with two people [2].
5. Remove the crossbar last [2].

Keep the legs upright while they're moving, and never lift the desk by the keypad [2]. If you'd like the reassembly steps for the other end, just reply and we'll send them.

— Halcyon Support
""")

ex("T", "atlas lock", "Reply to a customer whose keypad shows LOC and won't respond", [
    ("tickets/HS-53599.txt", "Ticket HS-53599 from Derek Osei: 'My desk display shows LOC and none of the buttons work.'"),
    ("help/atlas-child-lock.md", "LOC means the keypad is locked, usually from holding the M button too long by accident. Hold M for 10 seconds until LOC disappears to unlock."),
], """
Hi Derek,

Good news: your desk isn't broken. LOC means the keypad is locked [2]. This usually happens when the M button is held down a bit too long by accident [2]. It's easy to undo:

1. Press and hold the M button [2].
2. Keep holding for 10 seconds [2].
3. Let go when LOC disappears from the display [2].
4. Try the up and down buttons.

The lock is actually handy if you ever want to stop others moving the desk. Reply if it doesn't unlock and we'll help.

— Halcyon Support
""")

ex("T", "atlas cable management", "Reply to a customer asking how to tidy cables on their Atlas desk", [
    ("tickets/HS-53650.txt", "Ticket HS-53650 from Rachel Green: 'Cables everywhere under my Atlas Pro. Any tips?'"),
    ("products/atlas-accessories.md", "Atlas cable tray ($39) mounts under the desktop with 4 screws. The cable spine ($29) runs from the tray to the floor and flexes with the desk. Leave 20 cm of slack on every cable so it doesn't pull when the desk rises."),
], """
Hi Rachel,

A tidy desk makes such a difference. Here's a setup that works well with a standing desk:

1. Mount the Atlas cable tray under the desktop with its 4 screws. It costs $39 [2].
2. Lay your power strip and chargers in the tray.
3. Run cables down to the floor through the cable spine ($29), which bends as the desk moves [2].
4. Leave 20 cm of slack on every cable so nothing pulls when the desk goes up [2].

Would you like us to send links to both? Just reply.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# More Orion, Vega, Lumen, Nimbus help
# ---------------------------------------------------------------------------
ex("T", "orion headrest", "Reply to a customer asking how to attach the Orion headrest", [
    ("tickets/HS-53711.txt", "Ticket HS-53711 from Hugo Bernard: 'I bought the headrest add-on for my Orion. How do I fit it?'"),
    ("help/orion-headrest.md", "The headrest slides onto the two rails at the top of the backrest until it clicks. Tighten the two thumb screws at the back. Height has 5 positions and the angle tilts 30 degrees forward."),
], """
Hi Hugo,

Nice choice. The headrest makes a real difference on long days. Fitting it takes about a minute:

1. Line the headrest up with the two rails at the top of the backrest [2].
2. Slide it down until it clicks [2].
3. Tighten the two thumb screws at the back [2].
4. Adjust the height. There are 5 positions [2].
5. Tilt it forward, up to 30 degrees, until it supports your head comfortably [2].

If it doesn't click into place, reply with a photo and we'll take a look.

— Halcyon Support
""")

ex("T", "orion cleaning", "Reply to a customer who spilled coffee on their Orion seat", [
    ("tickets/HS-53766.txt", "Ticket HS-53766 from Sienna Clarke: 'Spilled coffee on my grey Orion seat. Help!'"),
    ("help/orion-care.md", "Blot (don't rub) with a dry cloth right away. Then dab with a mix of lukewarm water and a few drops of mild dish soap, and blot with clean water. Let it air dry; no hair dryers. The Orion mesh and fabric are water-based-cleaner safe (code W)."),
], """
Hi Sienna,

Oh no, but don't panic. Coffee usually comes out of the Orion fabric if you act soon.

1. Blot the spill with a dry cloth. Dab, don't rub [2].
2. Mix lukewarm water with a few drops of mild dish soap [2].
3. Dab the stain with the soapy water, then blot it with clean water [2].
4. Let it air dry. Please don't use a hair dryer [2].

The Orion fabric is safe with water-based cleaners (you may see code W on the label) [2]. If a mark is left once it's dry, reply with a photo and we'll suggest next steps.

— Halcyon Support
""")

ex("H", "orion casters", "Reply to a customer whose Orion chair scratches their wood floor", [
    ("tickets/HS-53820.txt", "Ticket HS-53820 from Elliot Shaw: 'My new Orion is leaving marks on our oak floor.'"),
    ("parts/orion-casters.md", "Orion ships with hard casters for carpet. Soft rubber casters for hard floors (part OR-SC-5, set of 5) cost $35 and pull out and push in by hand, no tools needed."),
], """
Hi Elliot,

Sorry about the marks on your oak floor. That's not what you want from a new chair. The Orion comes with hard casters, which are made for carpet [2]. For wood floors, soft rubber casters are the way to go.

1. Order the soft caster set (part OR-SC-5, set of 5) for $35 [2].
2. When they arrive, tip the chair on its side.
3. Pull each old caster straight out by hand [2].
4. Push the new ones in until they click. No tools needed [2].

Reply here if you'd like us to place the order for you.

— Halcyon Support
""")

ex("T", "vega install glass", "Reply to a customer asking if the Vega arm can clamp to a glass desk", [
    ("tickets/HS-53877.txt", "Ticket HS-53877 from Aaron Blake: 'Can I put a Vega dual arm on my glass desk?'"),
    ("help/vega-desk-types.md", "Vega clamps must not be mounted on glass, because the clamp pressure can crack it. For glass desks, use the Vega freestanding base (part VG-FB, $79), which holds up to 8 kg per arm."),
], """
Hi Aaron,

Thanks for checking first. That's a really good call. Please don't clamp the Vega to a glass desk, because the clamp pressure can crack the glass [2].

You can still use the Vega with the freestanding base:

1. Order the Vega freestanding base (part VG-FB, $79) [2].
2. Set it on your desk and fit the dual arm into it.
3. Check each monitor weighs no more than 8 kg, the base's limit per arm [2].

If you're unsure about your monitors' weight, reply with the models and we'll check for you.

— Halcyon Support
""")

ex("T", "lumen dim", "Reply to a customer who thinks their Lumen lamp is too dim", [
    ("tickets/HS-53930.txt", "Ticket HS-53930 from Olga Ivanova: 'My Lumen isn't very bright, even at the top setting.'"),
    ("help/lumen-brightness.md", "Lumen caps brightness at 70% when powered from a laptop USB-C port; use the included 30 W adapter for full brightness. Eco mode, on by default in some regions, also limits brightness to 80%; switch it off in the app under Settings."),
], """
Hi Olga,

Thanks for writing in. There are two common reasons a Lumen looks dimmer than expected, and both are quick to fix.

1. Check what the lamp is plugged into. From a laptop's USB-C port, brightness is capped at 70% [2].
2. Use the 30 W adapter that came in the box to get full brightness [2].
3. In the Halcyon app, open the lamp's Settings and switch off Eco mode. It's on by default in some regions and limits brightness to 80% [2].

If it still seems dim after that, reply and we'll check whether anything else is going on.

— Halcyon Support
""")

ex("T", "nimbus lights", "Reply to a facilities manager whose Nimbus lights don't turn on when someone enters", [
    ("tickets/HS-53988.txt", "Ticket HS-53988 from Paolo Ricci: 'Lights in our Nimbus pod don't come on when people walk in.'"),
    ("help/nimbus-occupancy.md", "Nimbus lights respond to the occupancy sensor in the ceiling panel; the sensor waits 8 seconds before switching lights on. A covered sensor or a light level set to 0 in Fleet stops the lights. Check Fleet > Pods > Lighting."),
], """
Hi Paolo,

Sorry about the dark pod. Let's get the lights responding again. They're triggered by the occupancy sensor in the ceiling panel, which waits 8 seconds after someone enters before switching on [2].

1. Step inside and wait a full 8 seconds [2].
2. Look at the ceiling panel and make sure nothing covers the sensor [2].
3. In Fleet, go to Pods > Lighting and check the light level isn't set to 0 [2].

If the lights still don't come on, reply with the pod's name in Fleet and we'll check the sensor remotely.

— Halcyon Support
""")

ex("T", "nimbus door chime", "Reply to a customer whose Nimbus booth keeps chiming with the door shut", [
    ("tickets/HS-54041.txt", "Ticket HS-54041 from Ayesha Khan: 'Our Nimbus beeps every 30 seconds even when the door is closed.'"),
    ("help/nimbus-door-chime.md", "Booths with hinge rev B could chime every 30 seconds with the door closed because of a software bug, fixed in pod software NC 2.4. Updates install overnight automatically; admins can install now from Fleet > Pods > Software."),
], """
Hi Ayesha,

Sorry about the beeping. That would drive anyone up the wall. This is a known software bug on some booths: they chime every 30 seconds even with the door shut [2]. It's fixed in the pod software update NC 2.4 [2].

1. Sign in to Fleet [2].
2. Go to Pods > Software [2].
3. Select your booth and install NC 2.4 now [2].

If you'd rather wait, updates also install automatically overnight [2]. If the chime keeps going after the update, reply and we'll arrange a technician.

— Halcyon Support
""")

ex("H", "nimbus warranty panels", "Reply to a customer asking if torn Nimbus acoustic felt is covered", [
    ("tickets/HS-54099.txt", "Ticket HS-54099 from Oscar Lindgren: Nimbus Duo installed 2024-08-19. 'The felt on one inside wall has a tear near the door.'"),
    ("warranty/nimbus.md", "Nimbus warranty: structure and electronics 5 years, acoustic panels and felt 2 years, from installation. After that, replacement panels (part NB-AP) cost $160 each and are fitted on a technician visit."),
], """
Hi Oscar,

Thanks for letting us know about the tear. I understand you want the pod looking its best. I'll be honest about the coverage: acoustic panels and felt have a 2-year warranty from installation [2]. Your Nimbus Duo was installed on 2024-08-19, so that part of the warranty has ended [1][2].

Here's how we can still fix it:

1. We order a replacement panel (part NB-AP) at $160 [2].
2. A technician fits it during a visit [2].
3. We'll confirm a visit date once the panel is ready.

The structure and electronics are still covered for 5 years [2]. Reply if you'd like to go ahead.

— Halcyon Support
""")
# ---------------------------------------------------------------------------
# Care, returns and refunds (more cases)
# ---------------------------------------------------------------------------
ex("T", "care cancel", "Reply to a customer who wants to cancel Halcyon Care and get a refund", [
    ("tickets/HS-54150.txt", "Ticket HS-54150 from Nathan Cole: bought Halcyon Care on 2026-05-02 for his Atlas Pro. 'I changed my mind, can I cancel Care?'"),
    ("programs/halcyon-care-cancel.md", "Halcyon Care can be cancelled for a full refund within 30 days of purchase if no claim has been made. After 30 days, the refund is prorated by the months remaining."),
], """
Hi Nathan,

No problem. You're free to change your mind. You bought Halcyon Care on 2026-05-02, and Care can be cancelled for a full refund within 30 days of purchase, as long as no claim has been made [1][2].

1. Reply "cancel Care" to confirm.
2. We'll cancel the plan and refund you in full to your original payment method [2].
3. Your Atlas Pro stays covered by its standard warranty.

If you're past 30 days by the time you confirm, the refund is prorated by the months remaining [2]. Anything else we can help with?

— Halcyon Support
""")

ex("T", "care exclusions", "Explain to a customer what Halcyon Care does not cover", [
    ("tickets/HS-54207.txt", "Ticket HS-54207 from Julia Santos: 'Before I buy Care, what doesn't it cover?'"),
    ("programs/halcyon-care-terms.md", "Halcyon Care does not cover cosmetic scratches, damage from pets, commercial use by more than 3 people per desk per day, or damage during moves not done by Halcyon. Accidental spills on the control box are covered once during the plan."),
], """
Hi Julia,

Smart to ask before buying. Here's what Halcyon Care doesn't cover [2]:

- Cosmetic scratches
- Damage from pets
- Commercial use by more than 3 people per desk per day
- Damage during a move that Halcyon didn't do

One nice extra: an accidental spill on the control box is covered once during the plan [2].

1. Check your setup against the list above.
2. If it all looks fine, add Care from your Orders page.
3. If you're unsure about your situation, reply and describe it, and we'll give you a straight answer.

— Halcyon Support
""")

ex("T", "returns label", "Reply to a customer who lost their return label", [
    ("tickets/HS-54260.txt", "Ticket HS-54260 from Rory Gallagher: return RMA-220871 for a Lumen lamp. 'I deleted the email with the return label.'"),
    ("policies/returns-labels.md", "Return labels can be re-sent from the Returns page in the account or by support. Labels stay valid for 14 days from first issue; the RMA number must be written on the box."),
], """
Hi Rory,

No worries at all. Labels go missing all the time. You can get a fresh copy in two ways:

1. Sign in to your Halcyon account and open the Returns page. Select RMA-220871 and click Resend label [1][2].
2. Or just reply to this email and we'll send it to you.
3. Write the RMA number, RMA-220871, clearly on the box [1][2].
4. Drop it off within 14 days of the label first being issued [2].

If the 14 days have already passed, let us know and we'll issue a new label.

— Halcyon Support
""")

ex("H", "returns restocking complaint", "Reply to a customer unhappy about a restocking fee", [
    ("tickets/HS-54313.txt", "Ticket HS-54313 from Victoria Hale: 'I was charged a $49 fee for returning my desk. Nobody told me about that!'"),
    ("policies/returns.md", "A $49 pickup fee applies to desk returns unless the item is faulty. The fee is listed on the returns page and in the return confirmation email."),
    ("support/goodwill.md", "Agents may waive the pickup fee once per customer as a goodwill gesture when the customer was not clearly informed."),
], """
Hi Victoria,

I'm sorry this came as a surprise. I can see why that would be upsetting. The $49 fee is our pickup charge for desk returns that aren't faulty. It's listed on our returns page and in the return confirmation email [2], but I understand it's easy to miss.

Since it clearly wasn't obvious to you, I'd like to make this right:

1. I've waived the $49 pickup fee as a one-time goodwill gesture [3].
2. The amount goes back to your original payment method.
3. You'll get an email confirming the refund.

Thank you for telling us. It helps us make things clearer for everyone.

— Halcyon Support
""")

ex("T", "refund partial", "Reply to a customer who received a Vega dual arm without the second arm", [
    ("tickets/HS-54368.txt", "Ticket HS-54368 from Sean O'Connor: order HW-777015, Vega dual arm. 'Only one arm was in the box.'"),
    ("parts/vega-parts.md", "A missing Vega arm is shipped free by expedited mail in 2-3 business days. If the customer prefers, support can refund the difference between the dual ($249) and single ($149) arm instead."),
], """
Hi Sean,

I'm sorry your Vega dual arm arrived with only one arm. That's a frustrating thing to find when you open the box. You have two options:

1. We ship the missing arm free by expedited mail, and it arrives in 2-3 business days [2].
2. Or, if one arm is enough for you, we refund the difference between the dual ($249) and the single ($149) arm [2].

Just reply with your choice for order HW-777015 [1]. If you choose the new arm, please confirm your shipping address and we'll send it today.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Shipping and delivery (more)
# ---------------------------------------------------------------------------
ex("T", "shipping split", "Reply to a customer confused that only part of their order arrived", [
    ("tickets/HS-54421.txt", "Ticket HS-54421 from Priscilla Moore: order HW-777240. 'I got the Lumen lamp but not the Atlas desk I ordered with it.'"),
    ("orders/HW-777240.txt", "Order HW-777240: Lumen lamp shipped by UPS, delivered 2026-06-03. Atlas S ships separately by freight from the Reno warehouse, estimated delivery 2026-06-10."),
], """
Hi Priscilla,

Thanks for checking, and sorry for the confusion. Your order is on its way in two parts. The Lumen lamp went by UPS and was delivered on 2026-06-03 [2]. The Atlas S is larger, so it ships separately by freight from our Reno warehouse [2].

1. Expect the Atlas S around 2026-06-10 [2].
2. The freight carrier usually calls ahead to arrange a delivery time.
3. Make sure there's room near your door for a large, heavy box.

If it hasn't arrived by 2026-06-10, reply here and we'll chase it up [2].

— Halcyon Support
""")

ex("T", "shipping white-glove", "Reply to a customer asking what white-glove delivery includes", [
    ("tickets/HS-54477.txt", "Ticket HS-54477 from Harold Finch: 'What exactly do I get with white-glove delivery for my Atlas Pro?'"),
    ("help/white-glove.md", "White-glove delivery ($149) includes delivery to the room of choice, full assembly, cable setup and removal of all packaging. The 2-person team calls 2 days ahead to book a 4-hour window. Available in 48 US metro areas."),
], """
Hi Harold,

Great question. White-glove delivery takes the work off your hands. For $149, you get [2]:

- Delivery to the room of your choice
- Full assembly
- Cable setup
- Removal of all packaging

How it works:

1. Add white-glove delivery at checkout. It's available in 48 US metro areas [2].
2. Our 2-person team calls 2 days ahead to book a 4-hour window [2].
3. They build the desk, test it, and leave you a clean room.

Reply with your ZIP code if you'd like us to confirm you're in a covered area.

— Halcyon Support
""")

ex("T", "shipping stairs", "Reply to a customer in a walk-up apartment worried about desk delivery", [
    ("tickets/HS-54530.txt", "Ticket HS-54530 from Bianca Russo: '4th floor walk-up, no elevator. Will the desk be left on the street?'"),
    ("help/freight-delivery.md", "Standard freight delivery is to the ground floor entrance. The Atlas Pro ships in two boxes of 38 kg and 27 kg. Inside delivery up to 5 flights of stairs can be added for $79."),
], """
Hi Bianca,

Totally fair worry. Four flights is no joke. Standard freight delivery goes to your ground floor entrance [2], and the Atlas Pro comes in two boxes of 38 kg and 27 kg [2]. That's heavy to carry up on your own.

Here's what I'd suggest:

1. Add inside delivery for $79. It covers up to 5 flights of stairs, so the driver brings both boxes to your apartment [2].
2. Reply with your order number and we'll add it for you.
3. Make sure the hallway and landing are clear on delivery day.

— Halcyon Support
""")

ex("T", "order change", "Reply to a customer who wants to switch desktop color after ordering", [
    ("tickets/HS-54588.txt", "Ticket HS-54588 from Felix Wagner: order HW-777390, Atlas S with Walnut desktop. 'Can I change to White instead?'"),
    ("orders/HW-777390.txt", "Order HW-777390: status processing, not shipped. White desktop in stock. Price difference: none."),
], """
Hi Felix,

Good timing. Your order hasn't shipped yet, so switching is no problem [2]. White is in stock, and there's no price difference [2].

1. Reply "yes, switch to White" to confirm.
2. We'll update order HW-777390 to the White desktop [1][2].
3. You'll get an updated order confirmation by email.

Nothing else changes. Your delivery details and the rest of the order stay the same. Let us know if there's anything else you'd like to adjust while we're at it.

— Halcyon Support
""")

ex("T", "order confirmation", "Reply to a customer who never received their order confirmation email", [
    ("tickets/HS-54640.txt", "Ticket HS-54640 from Kim Nguyen: 'I ordered an Orion an hour ago and got no email. Did it go through?'"),
    ("orders/HW-777512.txt", "Order HW-777512: Orion, Sage color, placed 2026-06-06 10:12, payment captured, confirmation sent to kim.n@ mailbox; bounced (mailbox full)."),
], """
Hi Kim,

Good news: your order went through. Your Orion in Sage (order HW-777512) was placed on 2026-06-06 at 10:12, and the payment was successful [2].

The confirmation email bounced back because your mailbox was full [2]. Here's how to get it:

1. Free up some space in your inbox.
2. Reply to this message, and we'll resend the confirmation.
3. You can also see your order any time on the Orders page of your Halcyon account.

Enjoy your new chair, and let us know if anything else comes up.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Outage and status notices (more)
# ---------------------------------------------------------------------------
ex("T", "app outage login", "Write a notice about Halcyon app sign-in problems", [
    ("status/app-2026-06-12.md", "2026-06-12 from 07:30 UTC: some users can't sign in to the Halcyon app with Google. Apple and email-link sign-in work. Desks can still be moved with the keypad and by already signed-in phones. Next update 08:30 UTC."),
], """
Hi {{first_name}},

We're sorry: since 07:30 UTC today, 2026-06-12, some people haven't been able to sign in to the Halcyon app with Google [1]. Our team is working on it now.

In the meantime:

1. If you're already signed in, you're fine. Your phone can still control your desk [1].
2. If you need to sign in, use Apple or an email link instead. Both work normally [1].
3. Your desk keypad works as usual [1].

We'll send another update by 08:30 UTC [1]. Thank you for your patience, and reply if something urgent comes up.

— Halcyon Support
""")

ex("T", "fleet outage latency", "Write a notice to EU Fleet customers about slow pages this morning", [
    ("status/fleet-2026-06-08.md", "2026-06-08, between 08:05 and 09:20 CET: Fleet was slow for customers in Europe; pages took up to 10 seconds to load. Bookings were saved correctly throughout. Resolved; we're adding safeguards to prevent a repeat."),
], """
Hi {{first_name}},

This morning, 2026-06-08, between 08:05 and 09:20 CET, Fleet was slow for customers in Europe. Pages took up to 10 seconds to load [1]. We're sorry for the frustration, especially at the start of the workday.

What you should know:

1. The issue is resolved [1].
2. Every booking made during that time was saved correctly, so there's nothing to redo [1].
3. We're adding safeguards to stop this from happening again [1].

If anything in Fleet still seems off, reply here and we'll look into it for you right away.

— Halcyon Support
""")

ex("T", "app outage stats", "Write a notice that standing stats are delayed in the app", [
    ("status/app-2026-05-03.md", "2026-05-03: standing stats in the Halcyon app are running about 5 hours behind because of a data processing delay. No data is lost; stats will catch up automatically by 14:00 UTC."),
], """
Hi {{first_name}},

A quick heads-up: standing stats in the Halcyon app are running about 5 hours behind today, 2026-05-03, because of a processing delay on our side [1]. Sorry if your numbers look lower than expected.

1. Keep using your desk as normal.
2. You don't need to do anything. No data is lost [1].
3. Your stats will catch up automatically by 14:00 UTC [1].

If your stats still look wrong after that, reply here and we'll check your account.

— Halcyon Support
""")

ex("T", "maintenance web", "Write a maintenance notice for the Halcyon web app", [
    ("status/maintenance-2026-07-02.md", "Planned maintenance on the Halcyon web app: 2026-07-02, from 02:00 to 03:00 UTC. The web app will be unavailable; the mobile apps and desk keypads are not affected."),
], """
Hi {{first_name}},

We're giving the Halcyon web app some planned maintenance on 2026-07-02, from 02:00 to 03:00 UTC [1]. During that hour, the web app won't be available [1].

1. Use the mobile app if you need your desk during that time. It's not affected [1].
2. Your desk keypad works as normal too [1].
3. After 03:00 UTC, refresh the web app and sign in as usual [1].

Thanks for your understanding. If you have questions, reply any time.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Macros (more)
# ---------------------------------------------------------------------------
ex("T", "macro atlas thermal", "Macro for customers reporting E33 on their desk display", [
    ("help/atlas-error-codes.md", "E33 is a motor cool-down pause after more than 2 minutes of movement in 20 minutes. It clears by itself in 15-20 minutes. Do not unplug the desk during the pause."),
], """
Hi {{first_name}},

Thanks for getting in touch. E33 looks alarming, but your desk is fine. It's a short cool-down pause that protects the motors after more than 2 minutes of movement within 20 minutes [1].

1. Leave the desk as it is, and please don't unplug it [1].
2. Wait 15-20 minutes while the motors cool [1].
3. The message clears by itself, and the desk works again [1].
4. To avoid it, try to use presets instead of lots of short moves.

If E33 shows up during normal use, reply here and we'll look into it.

— Halcyon Support
""")

ex("T", "macro fleet presence", "Macro for Fleet users whose Atlas presence sensor didn't check them in", [
    ("fleet/docs/presence-sensor.md", "Atlas desks with a presence sensor check the user in after 3 minutes of continuous presence. The sensor only checks in if the user has a booking starting within 15 minutes and the desk is assigned in Fleet."),
], """
Hi {{first_name}},

Sorry the desk didn't check you in automatically. That's annoying when you're already sitting there. The presence sensor has a few conditions [1]:

1. Stay at the desk for 3 minutes in a row. That's how long the sensor waits [1].
2. Make sure your booking starts within 15 minutes of sitting down [1].
3. Check the desk number matches your booking. The sensor only checks in the booked person [1].

If all three are true and it still doesn't check you in, scan the desk's QR code as a backup and reply here. We'll check the sensor.

— Halcyon Support
""")

ex("H", "macro shipping damage", "Macro for customers reporting a damaged Lumen lamp on arrival", [
    ("policies/shipping-damage.md", "Shipping damage must be reported within 7 days of delivery with a photo of the item and the box. For lamps, Halcyon ships a replacement within 2 business days; the damaged lamp can be recycled locally."),
], """
Hi {{first_name}},

I'm so sorry your Lumen arrived damaged. That's disappointing when you've been looking forward to it. We'll get a new one to you quickly.

1. Take a photo of the damaged lamp [1].
2. Take a photo of the box it came in [1].
3. Reply with both photos. Please send them within 7 days of delivery [1].
4. We'll ship your replacement within 2 business days [1].

You don't need to send the damaged lamp back. You can recycle it locally [1]. Thanks for your patience.

— Halcyon Support
""")

ex("T", "macro password", "Macro for customers who didn't get the password reset email", [
    ("help/password-reset.md", "Password reset emails come from accounts@halcyon.works within 5 minutes and the link works for 1 hour. Customers who signed up with Apple or Google don't have a Halcyon password and should use that button instead."),
], """
Hi {{first_name}},

Sorry you're stuck outside your account. Let's get you back in.

1. Check your inbox and spam folder for an email from accounts@halcyon.works. It should arrive within 5 minutes [1].
2. Use the link within 1 hour. After that, request a new one [1].
3. If you originally signed up with Apple or Google, you don't have a Halcyon password. Tap the Apple or Google button on the sign-in screen instead [1].

Still no email? Reply with the address you signed up with and we'll look into it.

— Halcyon Support
""")

ex("T", "macro orion gas-lift", "Macro to send when shipping a free Orion gas lift replacement", [
    ("help/orion-gas-lift-replace.md", "Orion gas lift replacement: turn the chair upside down, tap the base off the cylinder with the removal tool, pull the old cylinder out of the seat, push the new one in, refit the base and sit down firmly to seat it. Takes about 15 minutes. The old cylinder can go in household metal recycling."),
], """
Hi {{first_name}},

Your replacement gas lift is on its way, free of charge. Thanks for your patience while we sorted this out. When it arrives, here's how to fit it. It takes about 15 minutes [1]:

1. Turn the chair upside down [1].
2. Tap the base off the cylinder using the removal tool [1].
3. Pull the old cylinder out of the seat [1].
4. Push the new cylinder in and put the base back on [1].
5. Turn the chair upright and sit down firmly to seat it [1].

The old cylinder can go in your household metal recycling [1]. If anything feels stiff, reply and we'll help.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Apologies, escalations, follow-ups (more)
# ---------------------------------------------------------------------------
ex("T", "apology wrong item", "Reply to a customer who received the wrong chair color", [
    ("tickets/HS-54702.txt", "Ticket HS-54702 from Alice Moreno: order HW-777630. 'I ordered the Orion in Sage but got Charcoal.'"),
    ("policies/wrong-item.md", "For wrong items, Halcyon ships the correct item at no cost and sends a prepaid label for the wrong one, valid 30 days. Customers can keep using the wrong item until the correct one arrives."),
], """
Hi Alice,

I'm really sorry. You ordered Sage and we sent Charcoal. That's our mistake, and we'll put it right.

1. We're shipping your Orion in Sage at no cost to you [2].
2. Keep using the Charcoal chair until the new one arrives. No need to go without a chair [2].
3. We'll email you a prepaid return label for the Charcoal chair [2].
4. Send it back within 30 days using that label [2].

Thanks for your patience with order HW-777630 [1]. Reply if there's anything else we can do.

— Halcyon Support
""")

ex("T", "apology technician", "Apologize to a customer whose technician didn't show up", [
    ("tickets/HS-54760.txt", "Ticket HS-54760 from Martin Kovac: Care service visit booked for 2026-06-04, 09:00-13:00. Technician did not arrive and nobody called."),
    ("support/missed-visits.md", "For missed visits, offer the next available priority slot and a $50 account credit. Priority slots are within 2 business days."),
], """
Hi Martin,

I'm very sorry. You kept your morning free on 2026-06-04 for a 09:00-13:00 visit, and our technician didn't come or call [1]. That isn't good enough, and I understand why you're frustrated.

Here's what we'll do:

1. Book you a priority slot. These are within 2 business days [2].
2. Add a $50 credit to your account for the trouble [2].
3. Have the technician call you the evening before to confirm.

Reply with the times that work best for you, and I'll lock in the visit personally.

— Halcyon Support
""")

ex("T", "escalation billing", "Reply to a customer charged twice, escalating to the billing team", [
    ("tickets/HS-54813.txt", "Ticket HS-54813 from Yara Haddad: 'I was charged $599 twice for one Atlas S!'"),
    ("billing/duplicates.md", "Duplicate charges are usually a pending authorization that drops off within 3 business days. If both charges have posted, the billing team refunds the duplicate within 2 business days."),
], """
Hi Yara,

I'm sorry. Seeing $599 taken twice is alarming, and I'll help get it sorted. Often, one of the two is only a pending authorization (a temporary hold) that drops off within 3 business days [2].

1. Check your statement to see whether one of the charges is marked "pending."
2. If it is, it should disappear by itself within 3 business days [2].
3. If both charges have fully posted, reply with a screenshot. I've already flagged your case to our billing team, and they refund any duplicate within 2 business days [2].

I'll keep your ticket open until you confirm everything is back to normal.

— Halcyon Support
""")

ex("T", "follow-up replacement", "Follow up with a customer a week after sending a replacement control box", [
    ("tickets/HS-54870.txt", "Ticket HS-54870 from Ingo Berg: replacement Atlas control box AT-CB-02 delivered 2026-05-30. No reply since."),
    ("help/atlas-control-box.md", "After installing a new control box, run a reset: hold down until the desk reaches its lowest point and beeps. Presets need to be saved again."),
], """
Hi Ingo,

Just checking in. Your replacement control box was delivered on 2026-05-30, and we wanted to make sure your desk is back to normal [1].

If you haven't installed it yet, or it's acting oddly, here's a reminder of the last steps:

1. After fitting the new box, hold the down button until the desk reaches its lowest point and beeps [2].
2. Save your height presets again. They don't carry over to a new box [2].
3. Test a full move up and down.

If everything's working, great, no need to reply. If not, let us know and we'll help straight away.

— Halcyon Support
""")

ex("T", "feature request", "Reply to a customer suggesting a new app feature", [
    ("tickets/HS-54922.txt", "Ticket HS-54922 from Tessa Vogel: 'Please add a way to schedule the desk to rise at a set time every day.'"),
    ("help/schedules.md", "Desk schedules are already available in app 7.13 and newer: Desk settings > Schedules lets users set up to 8 moves per day to a preset, per weekday."),
], """
Hi Tessa,

Thank you for the suggestion. We love hearing how people want to use their desks. And good news: this already exists! Desk schedules are available in app 7.13 and newer [2].

1. Make sure your Halcyon app is updated to 7.13 or later [2].
2. Open Desk settings > Schedules [2].
3. Choose the weekdays and the time, then pick the preset the desk should move to [2].
4. You can set up to 8 moves per day [2].

If it's missing something you had in mind, reply and tell us. We pass every idea to the product team.

— Halcyon Support
""")

ex("T", "survey negative", "Reply to a customer who left a 1-star survey about slow support", [
    ("tickets/HS-54980.txt", "Survey from Gordon Reid: 1 star. 'Took 4 days to get a reply about my Orion armrest.' Original ticket HS-54600 now resolved."),
    ("support/response-times.md", "Target first-reply time for email is 1 business day; chat is answered within 5 minutes during opening hours, Monday-Friday 6:00-18:00 Pacific."),
], """
Hi Gordon,

Thank you for your honest feedback, and I'm sorry. Waiting 4 days for a reply about your Orion armrest is well short of what we aim for [1]. Our goal is to answer emails within 1 business day [2], and we missed it.

I'm glad the armrest issue is now resolved [1]. For next time, here are the quickest ways to reach us:

1. Use live chat during opening hours, Monday-Friday 6:00-18:00 Pacific. We answer within 5 minutes [2].
2. Or email us, and we'll aim to reply within 1 business day [2].

I've shared your feedback with our team lead. Thank you for giving us the chance to do better.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Trade-in and warranty decisions
# ---------------------------------------------------------------------------
ex("T", "tradein rejected", "Reply to a customer whose trade-in was graded lower than expected", [
    ("tickets/HS-55033.txt", "Ticket HS-55033 from Leah Friedman: trade-in TI-40877, Atlas S submitted as grade A; inspected as grade C due to a cracked desktop corner and E21 fault."),
    ("programs/trade-in.md", "Grade C items receive $40 credit. If the customer disagrees, they can decline the credit and have the item returned free of charge within 14 days of the inspection result."),
], """
Hi Leah,

Thanks for sending your Atlas S in, and I'm sorry the result isn't what you expected. During inspection of trade-in TI-40877, our team found a cracked desktop corner and an E21 fault, so it was graded C rather than A [1]. Grade C items receive $40 in credit [2].

You have two choices:

1. Accept the $40 credit, and it's added to your account [2].
2. Decline it, and we'll return the desk to you free of charge [2].
3. Let us know within 14 days of the inspection result [2].

If you'd like to see the inspection photos before deciding, reply and we'll send them.

— Halcyon Support
""")

ex("T", "warranty approved", "Write a reply confirming a warranty claim was approved", [
    ("warranty/claims/WC-18834.txt", "Claim WC-18834 for Mila Petrovic: Atlas Pro leg motor fault, approved. Part AT-LM-03 ships 2026-06-08 by UPS; install video link included. Old motor must be returned with the prepaid label within 30 days."),
], """
Hi Mila,

Good news: your warranty claim WC-18834 has been approved [1]. Thanks for your patience while we reviewed it. Here's what happens next:

1. Your replacement leg motor (part AT-LM-03) ships on 2026-06-08 by UPS [1].
2. Follow the install video. The link is included with your shipping email [1].
3. Pack the old motor in the same box and attach the prepaid return label [1].
4. Send the old motor back within 30 days [1].

If anything's unclear when the part arrives, reply here and we'll walk you through it.

— Halcyon Support
""")

ex("H", "warranty more-info", "Reply asking a customer for more details before a warranty claim can proceed", [
    ("warranty/claims/WC-18902.txt", "Claim WC-18902 from Noor Aziz: 'Orion is broken.' Missing: order number or serial, description of the problem, photo. Serial is on a sticker under the seat, starting with OR-."),
], """
Hi Noor,

I'm sorry your Orion is giving you trouble. We want to help as quickly as possible. To move your claim WC-18902 forward, we need a few more details [1]:

1. Your order number, or the chair's serial number. The serial is on a sticker under the seat and starts with OR- [1].
2. A short description of what's wrong, for example "seat sinks" or "armrest loose" [1].
3. A photo of the problem [1].

Just reply to this email with those, and we'll get your claim reviewed. Thanks for helping us help you.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Security and account safety
# ---------------------------------------------------------------------------
ex("T", "security phishing", "Reply to a customer who received a suspicious email claiming to be from Halcyon", [
    ("tickets/HS-55090.txt", "Ticket HS-55090 from Colin Baker: 'Got an email saying my warranty expires and asking for my card number. Is this you?'"),
    ("security/phishing.md", "Halcyon never asks for card numbers or passwords by email. Real emails come only from addresses ending in @halcyon.works. Forward suspicious messages to phishing@halcyon.works."),
], """
Hi Colin,

Thank you for checking with us first. You were right to be suspicious. That email did not come from us: Halcyon never asks for card numbers or passwords by email [2].

1. Don't click any links or reply to that email.
2. Forward it to phishing@halcyon.works so our security team can act on it [2].
3. Then delete it.
4. In future, remember that real Halcyon emails only come from addresses ending in @halcyon.works [2].

If you did enter any details, reply right away and we'll help you secure your account.

— Halcyon Support
""")

ex("T", "security fraud order", "Reply to a customer who sees an order on their account they didn't place", [
    ("tickets/HS-55148.txt", "Ticket HS-55148 from Irene Walsh: 'There's an order for 2 Vega arms on my account that I didn't make.'"),
    ("security/unauthorized-orders.md", "For unauthorized orders, support cancels the order and the refund is issued immediately. The customer should reset their password and turn on two-step verification in Profile > Security."),
], """
Hi Irene,

Thank you for acting so quickly, and I'm sorry. Finding an order you didn't place is unsettling. We've cancelled the order for the 2 Vega arms, and the refund has been issued right away [1][2].

To keep your account safe:

1. Reset your password now, using one you don't use anywhere else [2].
2. Turn on two-step verification in Profile > Security [2].
3. Check your saved addresses and payment methods for anything unfamiliar.

If you see anything else odd on your account, reply and we'll investigate with you.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Pre-sales and services
# ---------------------------------------------------------------------------
ex("T", "discount student", "Reply to a student asking about a discount", [
    ("tickets/HS-55201.txt", "Ticket HS-55201 from Noah Park: 'I'm a grad student. Do you have a student discount on the Atlas S?'"),
    ("sales/student.md", "Students and teachers get 15% off Atlas S, Orion and Lumen after verifying with a school email at halcyon.works/education. The code is valid for 30 days and one use."),
], """
Hi Noah,

Yes, we do! Students and teachers get 15% off the Atlas S, Orion and Lumen [2].

1. Go to halcyon.works/education [2].
2. Verify with your school email address [2].
3. You'll receive a discount code. It's valid for 30 days and can be used once [2].
4. Enter the code at checkout.

Good luck with your studies. If you have questions about sizing or setup, just reply.

— Halcyon Support
""")

ex("T", "showroom visit", "Reply to a customer who wants to try the Orion before buying", [
    ("tickets/HS-55260.txt", "Ticket HS-55260 from Emma Lindberg: 'Can I try the Orion somewhere before I buy?'"),
    ("stores/portland-showroom.md", "The Portland showroom at 1200 NW Marshall St has every product on display. Open Tuesday to Saturday, 10:00-18:00. 30-minute fitting appointments can be booked online; walk-ins are welcome."),
    ("policies/returns.md", "Orion chairs can also be returned within 30 days of delivery."),
], """
Hi Emma,

Great idea. A chair is such a personal fit. You're welcome at our Portland showroom, 1200 NW Marshall St, where every product is on display [2].

1. Visit Tuesday to Saturday, 10:00-18:00 [2].
2. Book a 30-minute fitting appointment online if you'd like one-on-one help. Walk-ins are welcome too [2].
3. Try the Orion's adjustments with a team member.

If Portland isn't close to you, don't worry. Orion chairs can be returned within 30 days of delivery, so you can try one at home [3].

— Halcyon Support
""")

ex("T", "parts keypad", "Reply to a customer asking to buy a spare Atlas keypad", [
    ("tickets/HS-55318.txt", "Ticket HS-55318 from Rick Alvarez: 'I'd like a second keypad for the other side of my Atlas Pro.'"),
    ("parts/atlas-parts.md", "Atlas keypads (part AT-KP-04, $59) work with Atlas S and Atlas Pro. A Y-splitter cable (part AT-YS, $15) is needed to connect two keypads to one control box."),
], """
Hi Rick,

Good thinking. A second keypad is handy when you use both sides of the desk. Here's what you'll need:

1. Atlas keypad, part AT-KP-04, $59. It works with the Atlas Pro [2].
2. Y-splitter cable, part AT-YS, $15. This lets two keypads connect to one control box [2].
3. Unplug the desk, plug the splitter into the keypad port, and connect both keypads to it.

Reply "order both" and we'll set it up for you, or let us know if you'd like to order them yourself from our parts page.

— Halcyon Support
""")

ex("T", "assembly service", "Reply to an older customer asking for help with assembly", [
    ("tickets/HS-55377.txt", "Ticket HS-55377 from Margaret Dunn: 'I'm 78 and can't assemble this heavy desk myself. Can someone help?'"),
    ("help/assembly-service.md", "In-home assembly for items already delivered costs $99 and is booked through support. Technicians come within 5 business days and remove the packaging afterwards."),
], """
Hi Margaret,

Of course. We're happy to help, and please don't try lifting those heavy pieces on your own. We can send a technician to assemble the desk for you.

1. Reply with your address and a few days and times that suit you.
2. We'll book the in-home assembly. It costs $99 [2].
3. A technician visits within 5 business days [2].
4. They'll assemble the desk and take the packaging away afterwards [2].

If you'd prefer to arrange this by phone, just reply with your number and we'll call you.

— Halcyon Support
""")

ex("T", "recycling", "Reply to a customer asking how to dispose of their old Atlas desk", [
    ("tickets/HS-55430.txt", "Ticket HS-55430 from Dennis Hart: 'My old Atlas from 2016 finally died. How do I get rid of it responsibly?'"),
    ("programs/recycling.md", "Halcyon recycles old Halcyon desks for free: request a prepaid shipping kit for the control box and motors, and take the steel frame to any local scrap metal recycler. Bamboo desktops can go in green waste."),
], """
Hi Dennis,

Thank you for nearly ten years with your Atlas. That's a great run! We're glad you want to recycle it properly, and we'll do it for free [2].

1. Reply to request a prepaid shipping kit for the control box and motors [2].
2. Send those parts back to us in the kit.
3. Take the steel frame to any local scrap metal recycler [2].
4. A bamboo desktop can go in your green waste [2].

If you're thinking about a replacement, just reply and we can talk you through the options.

— Halcyon Support
""")

ex("T", "custom desktop", "Reply to a customer asking for a custom desktop size", [
    ("tickets/HS-55488.txt", "Ticket HS-55488 from Aaliyah Brooks: 'Do you make a 200 cm desktop for the Atlas Pro?'"),
    ("products/atlas-desktops.md", "Standard Atlas desktops: 120, 140, 160 and 180 cm wide. Atlas Pro frames support desktops up to 200 cm through the custom program; custom tops take 4-6 weeks and cost $150 more than the 180 cm size."),
], """
Hi Aaliyah,

Yes, we can do that. Our standard desktops go up to 180 cm wide [2], but the Atlas Pro frame supports desktops up to 200 cm through our custom program [2].

1. Reply with the width and depth you'd like, and the finish.
2. We'll send a quote. Custom tops cost $150 more than the 180 cm size [2].
3. Once you confirm, allow 4-6 weeks for your desktop to be made [2].

If you'd like samples of the finishes first, just ask and we'll mail them out.

— Halcyon Support
""")

ex("T", "lumen usb", "Reply to a customer asking if the Lumen's USB-C port can charge their phone", [
    ("tickets/HS-55540.txt", "Ticket HS-55540 from Gianni Russo: 'Can I charge my phone from the port on the Lumen base?'"),
    ("help/lumen-ports.md", "The USB-C port on the Lumen base supplies up to 15 W for phones and earbuds. It works when the lamp is on or off. Laptops need more power and will charge very slowly or not at all."),
], """
Hi Gianni,

Yes, you can. The USB-C port on the Lumen base is made for exactly that [2].

1. Plug your phone's USB-C cable into the port on the base.
2. It charges whether the lamp is on or off [2].
3. It delivers up to 15 W, which suits phones and earbuds [2].

One note: laptops need more power, so they'll charge very slowly or not at all [2]. Reply if you have questions about your setup.

— Halcyon Support
""")

ex("T", "vega laptop", "Reply to a customer asking about using a laptop on a Vega arm", [
    ("tickets/HS-55598.txt", "Ticket HS-55598 from Ahmed Saleh: 'Can I put my laptop on one side of my Vega dual arm?'"),
    ("products/vega-accessories.md", "The Vega laptop tray (part VG-LT, $45) fits any Vega arm via the VESA 100 plate and holds laptops from 10 to 17 inches, up to 4.5 kg. It has vent holes to keep the laptop cool."),
], """
Hi Ahmed,

Yes, that's a popular setup! You'll need the Vega laptop tray [2].

1. Order the Vega laptop tray, part VG-LT, for $45 [2].
2. Attach it to your arm using the VESA 100 plate, the same one a monitor uses [2].
3. Check your laptop is between 10 and 17 inches and weighs up to 4.5 kg [2].
4. Adjust the arm's tension so the tray stays level.

The tray has vent holes, so your laptop stays cool [2]. Reply if you'd like us to add it to an order.

— Halcyon Support
""")

ex("T", "orion tilt", "Reply to a customer whose Orion chair tips back too easily", [
    ("tickets/HS-55650.txt", "Ticket HS-55650 from Rosa Jimenez: 'When I lean back in my Orion it feels like I'm going to fall over.'"),
    ("help/orion-tilt.md", "The tilt tension knob under the front of the seat sets how hard the backrest pushes back; turn clockwise (towards +) for firmer. The tilt lock lever on the right side holds the backrest in one of 3 positions."),
], """
Hi Rosa,

That sounds unsettling. Let's make the Orion feel steady. The backrest resistance is adjustable, and it's probably set too light for you right now [2].

1. Find the tilt tension knob under the front of the seat [2].
2. Turn it clockwise, toward the + sign, to make leaning back firmer [2].
3. Lean back to test, and keep turning until it feels supportive.
4. If you'd rather the backrest didn't move at all, use the lever on the right side to lock it in one of 3 positions [2].

Reply if it still feels wobbly and we'll check the chair with you.

— Halcyon Support
""")

ex("T", "atlas desktop upgrade", "Reply to a customer who wants a bigger desktop for their existing Atlas S frame", [
    ("tickets/HS-55702.txt", "Ticket HS-55702 from Ben Shapiro: Atlas S with 120 cm desktop. 'Can I swap to a 160 cm top on the same frame?'"),
    ("products/atlas-desktops.md", "Atlas S frames extend to fit desktops from 120 to 180 cm. Desktops sold separately: 160 cm bamboo $249. Widen the frame by loosening the 4 crossbar screws and sliding the arms out."),
], """
Hi Ben,

Yes, you can keep your frame. The Atlas S extends to fit desktops from 120 to 180 cm, so a 160 cm top works [2].

1. Order the 160 cm bamboo desktop. It's sold separately for $249 [2].
2. Remove your current 120 cm desktop [1].
3. Loosen the 4 crossbar screws and slide the frame arms out to the new width [2].
4. Tighten the screws, then attach the new desktop.

If you'd like a different finish than bamboo, reply and we'll share the options.

— Halcyon Support
""")

ex("T", "atlas power-cut", "Reply to a customer whose desk presets stopped working after a power cut", [
    ("tickets/HS-55760.txt", "Ticket HS-55760 from Mira Sorensen: 'After a power cut, my desk beeps and only goes down slowly when I press a preset.'"),
    ("help/atlas-power-cut.md", "After a power cut, the desk may need to relearn its position. Hold the down button until the desk reaches its lowest point and beeps twice. Presets are kept. Plugging the desk into a surge protector helps avoid this."),
], """
Hi Mira,

Sorry about the trouble after the power cut. The beeping and slow movement mean your desk has lost track of its position and needs to relearn it [2]. Your presets are safe [2].

1. Press and hold the down button [2].
2. Keep holding until the desk reaches its lowest point and beeps twice [2].
3. Let go, then try one of your presets.

To help avoid this in future, plug the desk into a surge protector [2]. If the presets still misbehave afterwards, reply and we'll help.

— Halcyon Support
""")

ex("T", "atlas dfu", "Reply to a customer whose desk display shows dFU", [
    ("tickets/HS-55818.txt", "Ticket HS-55818 from Lars Holm: 'My desk shows dFU on the display and won't move. I didn't do anything.'"),
    ("help/atlas-dfu.md", "dFU means the desk is waiting to finish a software update, often after losing power mid-update. Open the Halcyon app near the desk and the update resumes automatically; it takes about 6 minutes. Don't unplug the desk."),
], """
Hi Lars,

Don't worry, you haven't done anything wrong. dFU means your desk is waiting to finish a software update, often because it lost power partway through one [2].

1. Keep the desk plugged in. Please don't unplug it [2].
2. Open the Halcyon app on your phone, near the desk [2].
3. The update picks up again by itself and takes about 6 minutes [2].
4. When it's done, the display shows the height again and the desk moves normally.

If the app doesn't find the desk or the update stops, reply and we'll guide you through it.

— Halcyon Support
""")

ex("T", "fleet floorplan", "Help a Fleet admin upload a new floor plan", [
    ("tickets/HS-55870.txt", "Ticket HS-55870 from Nora Quinn: 'We've added a new floor. How do I put it in Fleet?'"),
    ("fleet/docs/floorplans.md", "In Fleet, go to Sites > your site > Floors > Add floor. Upload the plan as SVG or PNG, up to 8 MB, then drag desks onto it. Desks show up for booking once the floor is published."),
], """
Hi Nora,

Congratulations on the new floor! Adding it to Fleet only takes a few steps.

1. Go to Sites, pick your site, then Floors > Add floor [2].
2. Upload the floor plan as an SVG or PNG file, up to 8 MB [2].
3. Drag desks onto the plan where they belong [2].
4. Click Publish. Desks become bookable once the floor is published [2].

If your floor plan file is larger than 8 MB, reply with it and we'll help you shrink it.

— Halcyon Support
""")

ex("T", "app new phone", "Reply to a customer who got a new phone and wants their desk set up again", [
    ("tickets/HS-55921.txt", "Ticket HS-55921 from Kenji Watanabe: 'New phone. How do I move my desk and presets over?'"),
    ("help/new-phone.md", "Install the Halcyon app on the new phone and sign in with the same account; presets and standing history sync from the cloud. Then pair the desk again. Unpair the old phone under Desk settings > Sharing if you no longer use it."),
], """
Hi Kenji,

Congrats on the new phone. Moving your desk over is easy, and your presets and history come with you [2].

1. Install the Halcyon app on your new phone [2].
2. Sign in with the same account you used before. Your presets and standing history sync from the cloud [2].
3. Pair the desk again, just like the first time [2].
4. If you won't use the old phone anymore, remove it under Desk settings > Sharing [2].

If anything doesn't come across, reply and we'll take a look.

— Halcyon Support
""")

ex("T", "app reminders frequency", "Reply to a customer who finds standing reminders too frequent", [
    ("tickets/HS-55980.txt", "Ticket HS-55980 from Zara Ahmed: 'The stand-up reminders pop up way too often. Can I change that?'"),
    ("help/app-reminders.md", "Reminder frequency is set in the app under Health > Reminders, from every 15 to every 120 minutes. Quiet hours can be set to mute reminders, for example during meetings."),
], """
Hi Zara,

Absolutely. Reminders should help you, not nag you. You can set them to suit your day.

1. In the Halcyon app, go to Health > Reminders [2].
2. Choose how often you'd like a reminder. Anything from every 15 to every 120 minutes [2].
3. Set quiet hours to mute reminders at times like meetings [2].

Try a longer gap for a few days and see how it feels. Reply if you'd like ideas for a good routine.

— Halcyon Support
""")

ex("T", "gift card", "Reply to a customer asking how to check their gift card balance", [
    ("tickets/HS-56033.txt", "Ticket HS-56033 from Hazel Moore: 'I got a Halcyon gift card. How much is left on it?'"),
    ("help/gift-cards.md", "Check the balance at halcyon.works/giftcard with the 16-digit card number and 4-digit PIN. Gift cards never expire and can be combined with other payment methods at checkout."),
], """
Hi Hazel,

What a nice gift! Checking the balance is quick:

1. Go to halcyon.works/giftcard [2].
2. Enter the 16-digit card number [2].
3. Enter the 4-digit PIN from the back of the card [2].

Good to know: Halcyon gift cards never expire, and you can combine them with another payment method at checkout [2]. If the balance looks wrong, reply with the card number and we'll check it for you.

— Halcyon Support
""")

ex("T", "refurbished", "Reply to a customer asking about buying a refurbished Atlas desk", [
    ("tickets/HS-56090.txt", "Ticket HS-56090 from Owen Fraser: 'Do you sell refurbished desks? What's the catch?'"),
    ("products/certified-refurb.md", "Certified refurbished Atlas desks are inspected, get new motors if needed, and carry a 3-year warranty instead of 5 years on electronics. Prices start at $449. The 30-day return window applies as for new products."),
], """
Hi Owen,

Yes, we do, and there's no real catch. Certified refurbished Atlas desks are inspected by our team and get new motors if they need them [2].

Here's how they compare to new:

1. Price: from $449 [2].
2. Warranty: 3 years on electronics, instead of 5 years for a new desk [2].
3. Returns: the same 30-day return window as a new product [2].

Stock changes often, so reply with the size and finish you're after and we'll check what's available.

— Halcyon Support
""")

ex("T", "product registration", "Reply to a customer asking whether they need to register their product", [
    ("tickets/HS-56141.txt", "Ticket HS-56141 from Lena Fischer: Atlas S bought at a partner store (OfficeHub). 'Do I need to register it for the warranty?'"),
    ("warranty/registration.md", "Products bought at halcyon.works are registered automatically. Products bought from partner stores should be registered at halcyon.works/register with the serial number and store receipt; registration keeps the full warranty and enables recall alerts."),
], """
Hi Lena,

Thanks for asking. Since you bought your Atlas S at a partner store, OfficeHub, it's a good idea to register it [1][2]. That keeps your full warranty and makes sure you get any safety or recall alerts [2].

1. Go to halcyon.works/register [2].
2. Enter the serial number from the sticker under the control box.
3. Upload a photo of your store receipt [2].
4. Submit, and you'll get a confirmation email.

If you can't find the serial number, reply and we'll help you locate it.

— Halcyon Support
""")

# ---------------------------------------------------------------------------
# Final additions
# ---------------------------------------------------------------------------
ex("T", "fleet neighborhoods", "Help a Fleet admin group desks by team", [
    ("tickets/HS-56199.txt", "Ticket HS-56199 from Paula Gomez: 'Can I keep the marketing team's desks together so other people don't book them?'"),
    ("fleet/docs/neighborhoods.md", "Neighborhoods group desks by team tag. Go to Sites > Neighborhoods > New, select desks on the floor plan and assign a team. Members of that team see those desks first; others can only book them if 'Open to everyone' is switched on. Up to 500 desks can be assigned at once."),
], """
Hi Paula,

Yes, Fleet can do that with a feature called Neighborhoods. It groups desks for a specific team [2].

1. Go to Sites > Neighborhoods > New [2].
2. Select the marketing team's desks on the floor plan. You can assign up to 500 desks at once [2].
3. Assign the neighborhood to the marketing team [2].
4. Leave "Open to everyone" switched off so other people can't book those desks [2].

Marketing will see their desks first when booking [2]. Reply if you'd like help setting up neighborhoods for other teams too.

— Halcyon Support
""")

ex("T", "nimbus booking", "Reply to an employee asking how to reserve the Nimbus pod for a call", [
    ("tickets/HS-56250.txt", "Ticket HS-56250 from Tom Harris: 'How do I book the phone booth for a call at 2pm?'"),
    ("fleet/docs/pod-booking.md", "Nimbus pods are booked like desks: in the Halcyon app, open Fleet > Book, switch the filter to Pods, and pick a time slot. Pod bookings can be 15 to 120 minutes long. The pod's door light turns red when the booking starts."),
], """
Hi Tom,

Happy to help you get a quiet spot for your call. Booking the Nimbus pod works just like booking a desk [2].

1. Open the Halcyon app and go to Fleet > Book [2].
2. Switch the filter to Pods [2].
3. Choose your time slot. Bookings can run from 15 to 120 minutes [2].
4. Tap Confirm.

When your booking starts, the light on the pod's door turns red, so others know it's taken [2]. Good luck with your call!

— Halcyon Support
""")

ex("T", "atlas warranty desktop", "Reply to a customer whose Atlas desktop laminate is bubbling", [
    ("tickets/HS-56302.txt", "Ticket HS-56302 from Sunita Rao: Atlas S, White laminate desktop, delivered 2025-07-21. 'The surface is lifting and bubbling near the front edge.'"),
    ("warranty/atlas.md", "Desktop surfaces are covered for 2 years from delivery against peeling, bubbling and delamination. Approved claims get a new desktop shipped free; the old one is collected at delivery."),
], """
Hi Sunita,

I'm sorry to see your desktop bubbling. That's not how it should look. The good news is that desktop surfaces are covered for 2 years against peeling and bubbling [2]. Your Atlas S was delivered on 2025-07-21, so you're covered [1][2].

1. Take a photo of the bubbling near the front edge.
2. Reply to this email with the photo.
3. Once approved, we'll ship a new White laminate desktop free [1][2].
4. We'll collect the old desktop when the new one arrives [2].

Let us know if you have any questions along the way.

— Halcyon Support
""")

ex("T", "vega vesa", "Reply to a customer whose monitor doesn't fit the Vega mounting plate", [
    ("tickets/HS-56355.txt", "Ticket HS-56355 from Dylan Cooper: 'My curved monitor has no screw holes on the back. How do I attach it to the Vega arm?'"),
    ("products/vega-accessories.md", "Monitors without VESA mounting holes can use the Vega universal adapter (part VG-UA, $29), which clamps screens from 17 to 32 inches up to 8 kg. Check the monitor is under the arm's weight limit."),
], """
Hi Dylan,

Good question. Lots of curved monitors don't have mounting holes (called VESA holes). You can still use your Vega arm with an adapter [2].

1. Order the Vega universal adapter, part VG-UA, for $29 [2].
2. Check your monitor is between 17 and 32 inches and weighs no more than 8 kg [2].
3. Clamp the adapter to the back of the monitor, then attach it to the arm like a normal plate.
4. Adjust the arm's tension so the screen stays put.

Reply with your monitor model and we'll double-check it fits.

— Halcyon Support
""")


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
MARKER = re.compile(r"\[(\d+)\]")


def add_distractors(example, pool, rng):
    """Insert 1-2 distractor passages at random positions and renumber [n]."""
    ctx = example["context"]
    room = 4 - len(ctx)
    k = 2 if room >= 2 and rng.random() < 0.35 else 1
    picks = []
    for _ in range(k):
        for i, (tags, source, text) in enumerate(pool):
            if not (set(tags.split()) & example["tags"]):
                picks.append({"source": source, "text": text, "distractor": True})
                pool.append(pool.pop(i))  # rotate so distractors are spread out
                break
    slots = [dict(c, _orig=i + 1) for i, c in enumerate(ctx)]
    for d in picks:
        slots.insert(rng.randint(0, len(slots)), d)
    remap = {c["_orig"]: i + 1 for i, c in enumerate(slots) if "_orig" in c}
    example["context"] = [{k: v for k, v in c.items() if k != "_orig"} for c in slots]
    example["response"] = MARKER.sub(lambda m: "[%d]" % remap[int(m.group(1))], example["response"])


def main():
    rng = random.Random(SEED)
    pool = list(DISTRACTORS)
    rng.shuffle(pool)
    for split in ("T", "H"):
        members = [e for e in EXAMPLES if e["split"] == split and len(e["context"]) <= 3]
        n = round(DISTRACTOR_SHARE * sum(e["split"] == split for e in EXAMPLES))
        for e in rng.sample(members, n):
            add_distractors(e, pool, rng)
    out = {"T": [], "H": []}
    for e in EXAMPLES:
        out[e["split"]].append({"instruction": e["instruction"], "context": e["context"],
                                "response": e["response"]})
    for split, name in (("T", "train.jsonl"), ("H", "heldout.jsonl")):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for rec in out[split]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{name}: {len(out[split])} examples")


if __name__ == "__main__":
    main()
