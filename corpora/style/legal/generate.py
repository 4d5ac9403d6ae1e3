"""Build train.jsonl / heldout.jsonl for the legal style adapter.

Every example below is hand-written (instruction, retrieved-style context
passages, response in the legal voice described in STYLE.md). Passages
flagged with D are distractors: the response never uses or cites them.
The script only normalises whitespace and makes a deterministic
train/heldout split, so running it again reproduces the same files:

    python corpora/style/legal/generate.py
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
# lines separate paragraphs; each numbered clause is its own line.
# ---------------------------------------------------------------------------

ex("Draft the limited warranty clause for the Atlas Pro desk",
   [("legal/warranty.md", "Halcyon Works, Inc. warrants the Atlas Pro frame for 10 years and its motors and electronics for 5 years from the date of delivery to the original purchaser. The warranty does not cover cosmetic wear, misuse, or commercial use beyond 12 hours per day."),
    ("policies/claims.md", "Warranty claims must be submitted through halcyonworks.com/warranty with proof of purchase. Halcyon may repair or replace the product at its option.")],
   """
1. Limited Warranty
1.1 Halcyon Works, Inc. ("Halcyon") warrants to the original purchaser (the "Customer") that the frame of the Atlas Pro desk (the "Product") shall be free from defects in materials and workmanship for ten (10) years, and that its motors and electronics shall be so free for five (5) years, in each case from the date of delivery [1].
1.2 The warranty in clause 1.1 does not extend to cosmetic wear, misuse, or commercial use exceeding twelve (12) hours per day [1].
2. Claims
2.1 Any claim shall be submitted through halcyonworks.com/warranty together with proof of purchase [2].
2.2 Subject to clause 1.2, Halcyon may, at its sole option, repair or replace the Product [2].
""")

ex("Summarise the Halcyon Care extended warranty terms for the website footer link",
   [("legal/halcyon-care-terms.md", "Halcyon Care is an optional service plan sold by Halcyon Works, Inc. It extends coverage by 3 years beyond the manufacturer's warranty and covers accidental damage from handling, including liquid spills. Claims are limited to 2 per plan year."),
    ("legal/halcyon-care-terms.md", "Plans may be cancelled within 30 days for a full refund; after that, refunds are pro-rated less a $15 administration fee.")],
   """
Summary of Halcyon Care Terms

1. Halcyon Care (the "Plan") is an optional service plan offered by Halcyon Works, Inc. ("Halcyon") [1].
2. The Plan extends coverage for three (3) years beyond the expiry of the manufacturer's warranty and includes accidental damage arising from handling, including liquid spills [1].
3. The purchaser of the Plan (the "Plan Holder") may submit no more than two (2) claims in any plan year [1].
4. The Plan Holder may cancel the Plan within thirty (30) days of purchase for a full refund [2].
5. Following that period, any refund shall be calculated on a pro-rated basis, less an administration fee of $15 [2].
6. This summary is provided for convenience only and is subject to the full Plan terms.
""")

ex("Write a plain but formal summary of the returns policy",
   [("policies/returns.md", "Halcyon Works, Inc. accepts returns of unused or lightly used furniture within 30 days of delivery. Nimbus pods are non-returnable once installed. Refunds are issued to the original payment method within 10 business days of receipt."),
    ("policies/returns.md", "Return shipping is free for orders in the contiguous US; a $95 collection fee applies elsewhere.")],
   """
Returns Policy Summary

1. Eligibility
1.1 Halcyon Works, Inc. ("Halcyon") accepts the return of unused or lightly used furniture (each, a "Returned Item") within thirty (30) days of delivery [1].
1.2 Nimbus pods are excluded and may not be returned once installed [1].
2. Refunds
2.1 Refunds shall be issued to the original payment method within ten (10) business days of Halcyon's receipt of the Returned Item [1].
3. Return Shipping
3.1 Return shipping is provided free of charge for orders delivered within the contiguous US [2].
3.2 For all other destinations, a collection fee of $95 applies [2].
""")

ex("Clause on risk of loss and title for our terms of sale",
   [("legal/terms-of-sale.md", "Title to products passes to the customer on payment in full. Risk of loss passes on delivery to the address specified in the order. Halcyon Works, Inc. ships via third-party carriers."),
    ("legal/terms-of-sale.md", "Damage in transit must be reported within 48 hours of delivery, with photographs."),
    ("hr/handbook.md", "Employees receive 12 paid holidays per year.", D)]
   ,
   """
4. Title and Risk of Loss
4.1 Title to any goods purchased from Halcyon Works, Inc. ("Halcyon") (the "Goods") shall pass to the purchaser (the "Customer") upon payment in full [1].
4.2 Risk of loss shall pass to the Customer upon delivery to the address specified in the order (the "Delivery Address"), notwithstanding that Halcyon ships via third-party carriers [1].
4.3 The Customer shall report any damage sustained in transit within forty-eight (48) hours of delivery and shall provide photographs of such damage [2].
4.4 Halcyon shall have no obligation in respect of transit damage reported after the period set out in clause 4.3, save as required by applicable law.
""")

ex("Privacy notice section describing what data the Halcyon app collects",
   [("legal/privacy-policy.md", "The Halcyon app collects desk height events, standing and sitting durations, device identifiers and approximate location (city level). It does not collect precise GPS location. Data is used to provide features and improve products."),
    ("legal/privacy-policy.md", "Usage data is retained for 24 months and then deleted or aggregated. Halcyon Works, Inc. does not sell personal information.")]
   ,
   """
2. Information Collected Through the App
2.1 Halcyon Works, Inc. ("Halcyon") collects the following information through the Halcyon app (the "App"): desk height events, standing and sitting durations, device identifiers, and approximate location at city level (together, "Usage Data") [1].
2.2 The App does not collect precise GPS location [1].
2.3 Usage Data is processed for the purposes of providing App features and improving Halcyon products [1].
3. Retention and Sale
3.1 Usage Data is retained for twenty-four (24) months, after which it is deleted or aggregated [2].
3.2 Halcyon does not sell personal information [2].
""")

ex("Draft a short cookie notice for the website banner's 'learn more' page",
   [("legal/cookie-policy.md", "halcyonworks.com uses strictly necessary cookies, analytics cookies (Plausible) and advertising cookies (Meta Pixel). Analytics and advertising cookies are set only with consent. Consent can be withdrawn at any time via the Cookie Settings link in the footer."),
    ("legal/cookie-policy.md", "Consent records are kept for 12 months."),
    ("marketing/campaigns/desk-quiz.md", "Quiz takers get 5% off their first order.", D)]
   ,
   """
Cookie Notice

1. The website halcyonworks.com (the "Site") uses three categories of cookies: strictly necessary cookies, analytics cookies provided by Plausible, and advertising cookies provided by Meta Pixel [1].
2. Analytics and advertising cookies (together, "Optional Cookies") are set only where the visitor has given consent [1].
3. A visitor may withdraw consent at any time by means of the Cookie Settings link in the Site footer, provided that such withdrawal shall not affect processing carried out before it [1].
4. Records of consent are retained for twelve (12) months [2].
""")

ex("Service level clause for the Halcyon Fleet subscription agreement",
   [("legal/fleet-msa.md", "Halcyon Works, Inc. targets 99.9% monthly uptime for Halcyon Fleet, excluding scheduled maintenance announced at least 72 hours in advance. If uptime falls below 99.9%, customers receive a service credit of 10% of the monthly fee; below 99.0%, 25%."),
    ("legal/fleet-msa.md", "Service credits must be requested within 30 days of the end of the affected month and are the customer's sole remedy for downtime.")]
   ,
   """
6. Service Levels
6.1 Halcyon Works, Inc. ("Halcyon") shall use commercially reasonable efforts to make Halcyon Fleet (the "Service") available 99.9% of each calendar month ("Monthly Uptime"), excluding scheduled maintenance announced at least seventy-two (72) hours in advance [1].
6.2 If Monthly Uptime falls below 99.9%, the subscriber (the "Customer") shall be entitled to a service credit equal to 10% of the monthly fee, increasing to 25% where Monthly Uptime falls below 99.0% (each, a "Service Credit") [1].
6.3 The Customer shall request any Service Credit within thirty (30) days after the end of the affected month [2].
6.4 Service Credits constitute the Customer's sole and exclusive remedy for unavailability of the Service [2].
""")

ex("Notice to Fleet customers about a new subprocessor",
   [("legal/dpa-notices.md", "Halcyon Works, Inc. will add Twilio Inc. (USA) as a subprocessor for SMS booking reminders in Halcyon Fleet, effective June 1, 2026. Data shared: phone number and booking time."),
    ("legal/fleet-dpa.md", "Under the Fleet DPA, customers may object to a new subprocessor within 30 days of notice on reasonable data-protection grounds.")]
   ,
   """
Notice of New Subprocessor

1. Halcyon Works, Inc. ("Halcyon") hereby gives notice that, with effect from June 1, 2026 (the "Effective Date"), Twilio Inc. (USA) shall be engaged as a subprocessor (the "New Subprocessor") for SMS booking reminders within Halcyon Fleet [1].
2. The personal data to be shared with the New Subprocessor is limited to phone numbers and booking times [1].
3. In accordance with the Fleet data processing agreement, the customer (the "Customer") may object to the New Subprocessor on reasonable data-protection grounds within thirty (30) days of this notice [2].
4. Any objection shall be submitted in writing and shall state the grounds on which it is based.
""")

ex("Email notice to customers announcing updated terms of sale",
   [("legal/terms-changes-2026.md", "Halcyon Works, Inc. updated Terms of Sale take effect on July 1, 2026. Changes: the return window for chairs is extended to 60 days; arbitration now takes place in Multnomah County, Oregon; and a new clause covers pre-orders."),
    ("legal/terms-changes-2026.md", "Orders placed before July 1, 2026 remain governed by the previous terms.")]
   ,
   """
Notice of Updated Terms of Sale

1. Halcyon Works, Inc. ("Halcyon") has revised its Terms of Sale (the "Updated Terms"), which shall take effect on July 1, 2026 (the "Effective Date") [1].
2. The principal changes are as follows:
2.1 the return period for chairs is extended to sixty (60) days [1];
2.2 arbitration shall take place in Multnomah County, Oregon [1]; and
2.3 a new clause governs pre-orders [1].
3. Orders placed before the Effective Date shall continue to be governed by the terms in force at the time of the order [2].
4. Customers are encouraged to review the Updated Terms in full.
""")

ex("Safety notice for a voluntary recall of Vega arm clamps",
   [("legal/recall-vega-2026.md", "Halcyon Works, Inc. is voluntarily recalling Vega Dual arms with serial numbers VD2511000 to VD2511840, manufactured in November 2025, because the desk clamp bolt may loosen. No injuries have been reported."),
    ("legal/recall-vega-2026.md", "Affected customers should stop using the arm and request a free replacement clamp at halcyonworks.com/recall. The recall is conducted in cooperation with the US Consumer Product Safety Commission (CPSC).")]
   ,
   """
Notice of Voluntary Recall

1. Halcyon Works, Inc. ("Halcyon"), in cooperation with the US Consumer Product Safety Commission, is voluntarily recalling Vega Dual monitor arms bearing serial numbers VD2511000 to VD2511840, manufactured in November 2025 (the "Affected Units") [1][2].
2. The desk clamp bolt on the Affected Units may loosen [1]. No injuries have been reported as of the date of this notice [1].
3. Owners of Affected Units should immediately cease use of the arm [2].
4. Owners may request a replacement clamp, free of charge, at halcyonworks.com/recall [2].
""")

ex("Weight capacity disclaimer for the Atlas S product manual",
   [("products/atlas-s-manual.md", "Atlas S maximum evenly distributed load is 100 kg. Exceeding this may damage the motor and voids the warranty. Do not sit or stand on the desk. Halcyon Works, Inc. is not liable for damage or injury caused by failure to follow these warnings."),
    ("products/atlas-s-manual.md", "Keep a clearance of at least 5 cm between the desktop and walls, windowsills or other furniture throughout the height range."),
    ("marketing/campaigns/spring-sale-2026.md", "Spring Sale: 10% off Atlas desks.", D)]
   ,
   """
Load and Clearance Warnings

1. The maximum evenly distributed load for the Atlas S desk (the "Desk") is one hundred (100) kg (the "Rated Load") [1].
2. Loads in excess of the Rated Load may damage the motor and shall void the warranty [1].
3. The user shall not sit or stand on the Desk [1].
4. The user shall maintain a clearance of not less than five (5) cm between the desktop and any wall, windowsill or other furniture throughout the full height range of the Desk [2].
5. Subject to applicable law, Halcyon Works, Inc. shall not be liable for damage or injury resulting from failure to observe these warnings [1].
""")

ex("Terms and conditions for the desk trade-in program",
   [("legal/trade-in-terms.md", "Trade-in credit: $300 for working motorised desks and $150 for manual desks, of any brand. Credit applies only to a new Atlas desk purchased at the same time. Halcyon Works, Inc. collects the trade-in on delivery day; items must be disassembled and free of personal belongings."),
    ("legal/trade-in-terms.md", "Offer valid through June 30, 2026. Limit one trade-in per new desk. Credit has no cash value.")]
   ,
   """
Trade-In Program Terms

1. Credit
1.1 Halcyon Works, Inc. ("Halcyon") shall grant a credit (the "Trade-In Credit") of $300 for a working motorised desk, or $150 for a manual desk, of any brand (the "Trade-In Item") [1].
1.2 The Trade-In Credit applies solely to a new Atlas desk purchased at the same time, limited to one (1) Trade-In Item per new desk, and has no cash value [1][2].
2. Collection
2.1 Halcyon shall collect the Trade-In Item on the delivery date, provided that it is disassembled and free of personal belongings [1].
3. Duration
3.1 This program is valid through June 30, 2026 [2].
""")

ex("Key terms for B2B volume pricing in the sales agreement",
   [("legal/volume-agreement.md", "Volume discounts: 12% off list for 25-99 units in a single order, 18% off for 100+ units. Discounts apply to Atlas, Orion and Vega products only. Payment terms are net 45 days for approved business accounts."),
    ("legal/volume-agreement.md", "Prices are fixed for 90 days from the quotation date. Halcyon Works, Inc. may charge interest of 1% per month on overdue amounts.")]
   ,
   """
3. Volume Pricing
3.1 Halcyon Works, Inc. ("Halcyon") shall grant the business customer (the "Customer") a discount of 12% off list price on orders of 25 to 99 units placed as a single order, and 18% on orders of 100 or more units [1].
3.2 Such discounts apply only to Atlas, Orion and Vega products (the "Eligible Products") [1].
3.3 Prices quoted remain fixed for ninety (90) days from the quotation date [2].
4. Payment
4.1 Subject to account approval, payment is due within forty-five (45) days of invoice [1].
4.2 Halcyon may charge interest at 1% per month on any overdue amount [2].
""")

ex("Promotional terms for the SPRING26 discount code",
   [("legal/promo-spring26.md", "Code SPRING26 gives 15% off Orion chairs and Vega arms and 10% off Atlas desks between March 20 and April 2, 2026 (Pacific Time). Excludes Nimbus pods, Halcyon Care and gift cards. Cannot be combined with other offers."),
    ("legal/promo-general.md", "Halcyon Works, Inc. reserves the right to cancel orders obtained through misuse of promotional codes.")]
   ,
   """
Promotion Terms: SPRING26

1. The promotional code SPRING26 (the "Code") entitles the purchaser to a discount of 15% on Orion chairs and Vega arms and 10% on Atlas desks [1].
2. The Code is valid between March 20 and April 2, 2026, Pacific Time (the "Promotion Period") [1].
3. The Code excludes Nimbus pods, Halcyon Care plans and gift cards, and may not be combined with any other offer [1].
4. Halcyon Works, Inc. reserves the right to cancel any order obtained through misuse of a promotional code [2].
""")

ex("Official rules summary for the Nimbus co-working giveaway",
   [("legal/giveaway-rules.md", "Sponsor: Halcyon Works, Inc., 1200 NW Marshall St, Portland, OR. Open to legal US residents aged 18+ nominating a US co-working space. Entry period ends August 31, 2026 at 11:59pm PT. One prize: a Nimbus pod (approximate retail value $7,900)."),
    ("legal/giveaway-rules.md", "No purchase necessary. Winner selected by a judging panel on originality and community impact. Void where prohibited.")]
   ,
   """
Official Rules (Summary)

1. Sponsor. The sponsor is Halcyon Works, Inc., 1200 NW Marshall St, Portland, OR (the "Sponsor") [1].
2. Eligibility. The giveaway (the "Giveaway") is open to legal US residents aged 18 or older who nominate a US co-working space [1].
3. No Purchase Necessary. No purchase is necessary to enter or win. The Giveaway is void where prohibited [2].
4. Entry Period. Entries must be received by August 31, 2026 at 11:59pm PT [1].
5. Prize. One (1) Nimbus pod, with an approximate retail value of $7,900 (the "Prize") [1].
6. Selection. A judging panel shall select the winner on the basis of originality and community impact [2].
""")

ex("Reply to a blogger asking whether they can use the Halcyon logo in a review",
   [("legal/trademark-guidelines.md", "Third parties may use the Halcyon name and logo to refer accurately to Halcyon products in reviews and news, provided they do not alter the logo, imply endorsement or sponsorship, or use it in their own product names. Halcyon and Atlas are registered trademarks of Halcyon Works, Inc."),
    ("legal/trademark-guidelines.md", "Logo files are available at halcyonworks.com/press.")]
   ,
   """
Re: Use of the Halcyon Logo in a Product Review

1. Halcyon Works, Inc. ("Halcyon") thanks the requester (the "Reviewer") for the inquiry. Halcyon and Atlas are registered trademarks of Halcyon (the "Marks") [1].
2. The Reviewer may use the Marks to refer accurately to Halcyon products in a review, provided that the Reviewer:
2.1 does not alter the logo;
2.2 does not imply endorsement or sponsorship by Halcyon; and
2.3 does not incorporate the Marks into any product name of the Reviewer [1].
3. Approved logo files are available at halcyonworks.com/press [2].
""")

ex("Open-source software notice for the Helix firmware",
   [("legal/oss-helix.md", "Helix firmware 5.0 includes FreeRTOS (MIT License), lwIP (BSD 3-Clause) and mbed TLS (Apache License 2.0). Source code for components licensed under terms requiring it is available on request for 3 years from the last shipment of the firmware."),
    ("legal/oss-helix.md", "Requests: opensource@halcyonworks.com."),
    ("releases/helix-4.4.md", "Helix 4.4 adds two memory presets to the Atlas S pad.", D)]
   ,
   """
Open Source Software Notice

1. Helix firmware version 5.0 (the "Firmware") incorporates the following third-party components (the "Open Source Components"): FreeRTOS, licensed under the MIT License; lwIP, licensed under the BSD 3-Clause License; and mbed TLS, licensed under the Apache License 2.0 [1].
2. Each Open Source Component is subject to its own license terms, which shall prevail over any conflicting terms applicable to the Firmware.
3. Where a license so requires, the corresponding source code shall be made available on request for three (3) years from the last shipment of the Firmware [1].
4. Requests shall be sent to opensource@halcyonworks.com [2].
""")

ex("End-user license clause for the Helix firmware",
   [("legal/helix-eula.md", "Halcyon Works, Inc. grants a non-exclusive, non-transferable license to use Helix firmware solely on the Halcyon device on which it is installed. Users may not reverse engineer, decompile or modify the firmware except as permitted by law."),
    ("legal/helix-eula.md", "The license transfers automatically with the device if the device is sold. Halcyon may deliver updates automatically; updates are governed by the same terms.")]
   ,
   """
2. License Grant
2.1 Halcyon Works, Inc. ("Halcyon") grants the user (the "Licensee") a non-exclusive, non-transferable license to use the Helix firmware (the "Firmware") solely on the Halcyon device on which it is installed (the "Device") [1].
2.2 Notwithstanding clause 2.1, the license shall transfer automatically with the Device upon any sale of the Device [2].
3. Restrictions
3.1 The Licensee shall not reverse engineer, decompile or modify the Firmware, except to the extent permitted by applicable law [1].
4. Updates
4.1 Halcyon may deliver updates to the Firmware automatically, and such updates shall be governed by these terms [2].
""")

ex("Limitation of liability clause for the Fleet master subscription agreement",
   [("legal/fleet-msa.md", "Each party's total liability is capped at the fees paid by the customer in the 12 months preceding the claim. Neither party is liable for indirect, consequential or lost-profit damages. The cap does not apply to breach of confidentiality, indemnification obligations, or the customer's payment obligations.")]
   ,
   """
11. Limitation of Liability
11.1 Subject to clause 11.3, the aggregate liability of each party arising out of or relating to this Agreement shall not exceed the fees paid by the Customer in the twelve (12) months preceding the event giving rise to the claim (the "Liability Cap") [1].
11.2 Neither party shall be liable for any indirect or consequential damages, or for loss of profits, however arising [1].
11.3 The Liability Cap shall not apply to:
(a) breach of confidentiality obligations;
(b) indemnification obligations; or
(c) the Customer's payment obligations [1].
""")

ex("Indemnification clause for Fleet customers regarding IP claims",
   [("legal/fleet-msa.md", "Halcyon Works, Inc. will defend customers against third-party claims that Halcyon Fleet infringes a US patent, copyright or trademark, and pay resulting damages awarded. Excludes claims arising from customer modifications or combination with non-Halcyon products."),
    ("legal/fleet-msa.md", "The customer must notify Halcyon promptly in writing and give Halcyon sole control of the defence."),
    ("products/lumen-lamp.md", "Lumen lamps ship in Sage and Clay.", D)]
   ,
   """
12. Indemnification by Halcyon
12.1 Halcyon Works, Inc. ("Halcyon") shall defend the Customer against any third-party claim alleging that Halcyon Fleet (the "Service") infringes a US patent, copyright or trademark (an "IP Claim"), and shall pay any damages finally awarded in respect of such IP Claim [1].
12.2 Clause 12.1 shall not apply to any IP Claim arising from modifications made by the Customer or from the combination of the Service with products not supplied by Halcyon [1].
12.3 The obligations in clause 12.1 are conditional upon the Customer notifying Halcyon promptly in writing and granting Halcyon sole control of the defence [2].
""")

ex("Governing law and venue clause for the consumer terms",
   [("legal/terms-of-sale.md", "These terms are governed by the laws of the State of Oregon, without regard to conflict-of-laws principles. Claims not subject to arbitration shall be brought in the state or federal courts located in Multnomah County, Oregon."),
    ("legal/terms-of-sale.md", "Nothing in the terms limits statutory rights of consumers that cannot be waived under the law of their state of residence."),
    ("legal/nda-kessler.md", "The Kessler NDA is governed by the laws of Washington State.", D)]
   ,
   """
15. Governing Law and Venue
15.1 These Terms of Sale (the "Terms") shall be governed by and construed in accordance with the laws of the State of Oregon, without regard to its conflict-of-laws principles [1].
15.2 Any claim that is not subject to arbitration shall be brought exclusively in the state or federal courts located in Multnomah County, Oregon [1].
15.3 Nothing in the Terms shall limit any statutory right of a consumer that cannot be waived under the law of the consumer's state of residence [2].
""")

ex("Arbitration and class action waiver notice for checkout",
   [("legal/terms-of-sale.md", "Disputes between customers and Halcyon Works, Inc. are resolved by binding individual arbitration administered by the American Arbitration Association under its Consumer Arbitration Rules. Customers waive the right to participate in class actions. Customers may opt out within 30 days of first purchase by emailing legal@halcyonworks.com."),
    ("legal/terms-of-sale.md", "Small-claims court actions are excluded from arbitration.")]
   ,
   """
Important Notice Regarding Dispute Resolution

1. Except as set out in clause 3, any dispute between the purchaser (the "Customer") and Halcyon Works, Inc. ("Halcyon") shall be resolved by binding individual arbitration administered by the American Arbitration Association under its Consumer Arbitration Rules [1].
2. The Customer waives the right to participate in any class action [1].
3. Actions within the jurisdiction of a small-claims court are excluded from arbitration [2].
4. The Customer may opt out of arbitration within thirty (30) days of the first purchase by written notice to legal@halcyonworks.com (the "Opt-Out Period") [1].
""")

ex("Export control clause for international B2B orders",
   [("legal/export.md", "Halcyon Fleet occupancy sensors contain encryption classified under ECCN 5A992. Customers may not export or re-export Halcyon products to embargoed countries or restricted parties under US Export Administration Regulations."),
    ("legal/export.md", "Halcyon Works, Inc. may suspend delivery if it reasonably believes an order violates export laws.")]
   ,
   """
9. Export Control
9.1 The Customer acknowledges that Halcyon Fleet occupancy sensors (the "Sensors") contain encryption classified under ECCN 5A992 [1].
9.2 The Customer shall not export or re-export any product supplied by Halcyon Works, Inc. ("Halcyon") to any embargoed country or restricted party under the US Export Administration Regulations (the "EAR") [1].
9.3 Halcyon may suspend delivery of any order where it reasonably believes that such order would violate applicable export laws, and such suspension shall not constitute a breach of this Agreement [2].
""")

ex("Accessibility statement for the website",
   [("legal/accessibility.md", "Halcyon Works, Inc. aims to conform to the Web Content Accessibility Guidelines (WCAG) 2.2 Level AA on halcyonworks.com and the Halcyon app. The last third-party audit was completed by Level Access in February 2026."),
    ("legal/accessibility.md", "Accessibility issues can be reported to accessibility@halcyonworks.com; Halcyon responds within 5 business days."),
    ("support/hours-2026.md", "Phone support is open 6am-6pm PT, Monday to Friday.", D)]
   ,
   """
Accessibility Statement

1. Commitment. Halcyon Works, Inc. ("Halcyon") aims to conform to the Web Content Accessibility Guidelines 2.2, Level AA ("WCAG 2.2 AA"), on halcyonworks.com and in the Halcyon app (together, the "Digital Services") [1].
2. Assessment. The most recent third-party audit of the Digital Services was completed by Level Access in February 2026 [1].
3. Feedback. Any person who encounters an accessibility barrier may report it to accessibility@halcyonworks.com [2].
4. Response. Halcyon shall respond to each such report within five (5) business days [2].
5. This statement does not create any contractual obligation beyond that required by applicable law.
""")

ex("Excerpt of the supplier code of conduct on labour standards",
   [("legal/supplier-code.md", "Suppliers to Halcyon Works, Inc. must not use forced, bonded or child labour; the minimum age for employment is 16 or the local legal minimum, whichever is higher. Working hours may not exceed 60 hours per week including overtime."),
    ("legal/supplier-code.md", "Halcyon may audit supplier facilities with 10 days' notice, or without notice where a violation is suspected.")]
   ,
   """
3. Labour Standards
3.1 Each supplier to Halcyon Works, Inc. ("Halcyon") (a "Supplier") shall not use forced, bonded or child labour [1].
3.2 The minimum age for employment shall be sixteen (16) years or the local legal minimum age, whichever is higher [1].
3.3 Working hours, including overtime, shall not exceed sixty (60) hours per week [1].
4. Audit
4.1 Halcyon may audit any Supplier facility upon ten (10) days' notice [2].
4.2 Notwithstanding clause 4.1, Halcyon may conduct an audit without notice where it suspects a violation of this Code [2].
""")

ex("Confidentiality clause for participants in the Helix 5 beta",
   [("legal/beta-terms.md", "Beta participants must keep unreleased features, screenshots and performance data confidential until Halcyon Works, Inc. announces the features publicly or for 12 months, whichever is earlier. Feedback may be used by Halcyon without compensation."),
    ("legal/beta-terms.md", "The Helix 5 beta runs from January 20, 2027 and is limited to 2,000 Atlas Pro owners.")]
   ,
   """
5. Confidentiality
5.1 Each participant in the Helix 5 beta program (a "Participant") shall keep confidential all unreleased features, screenshots and performance data made available in the program (the "Confidential Information") [1].
5.2 The obligation in clause 5.1 shall continue until the earlier of (a) the public announcement of the relevant features by Halcyon Works, Inc. ("Halcyon") or (b) twelve (12) months from disclosure [1].
6. Feedback
6.1 Halcyon may use any feedback provided by a Participant without compensation [1].
7. Scope
7.1 The program commences on January 20, 2027 and is limited to 2,000 Atlas Pro owners [2].
""")

ex("Beta program disclaimer for pre-release software",
   [("legal/beta-terms.md", "Beta firmware is provided 'as is' without warranties. It may contain defects that affect desk movement. Participants may revert to stable firmware at any time. Halcyon Works, Inc. may end the beta at any time without notice."),
    ("legal/beta-terms.md", "Hardware warranty remains in force during beta participation, except for damage caused by beta firmware."),
    ("finance/pricing-q3.md", "Vega Single price drops to $119 in July.", D)]
   ,
   """
Pre-Release Software Disclaimer

1. Beta firmware (the "Beta Software") is provided "as is", without warranties of any kind [1].
2. The Beta Software may contain defects that affect the movement of the desk [1].
3. The participant (the "Participant") may revert to stable firmware at any time [1].
4. Halcyon Works, Inc. ("Halcyon") may terminate the beta program at any time without notice [1].
5. The hardware warranty shall remain in force during participation, provided that it shall not extend to damage caused by the Beta Software [2].
""")

ex("Terms for the refer-a-friend program",
   [("legal/referral-terms.md", "Referrers receive a $50 Halcyon gift card when a referred friend's first order over $300 ships. Friends receive $50 off that order. Maximum 10 rewarded referrals per referrer per calendar year. Self-referrals and referrals to existing customers are not eligible."),
    ("legal/referral-terms.md", "Halcyon Works, Inc. may modify or end the program with 30 days' notice."),
    ("legal/ambassador-agreement.md", "Ambassadors earn 10% commission on net sales through their link.", D)]
   ,
   """
Referral Program Terms

1. Rewards
1.1 A customer who refers a new customer (the "Referrer") shall receive a $50 Halcyon gift card when the referred person's (the "Friend") first order exceeding $300 ships [1].
1.2 The Friend shall receive $50 off that first order [1].
2. Limits
2.1 No Referrer may receive more than ten (10) rewards in any calendar year [1].
2.2 Self-referrals and referrals of existing customers are ineligible [1].
3. Changes
3.1 Halcyon Works, Inc. may modify or terminate the program upon thirty (30) days' notice [2].
""")

ex("Notice of price change to Fleet customers at renewal",
   [("legal/fleet-pricing-notice.md", "Halcyon Fleet Standard price increases from $4 to $4.50 per desk per month for renewals on or after January 1, 2027. Under the MSA, Halcyon Works, Inc. must give at least 60 days' notice of price changes."),
    ("legal/fleet-msa.md", "Customers who do not accept a price change may elect not to renew by giving notice before the renewal date.")]
   ,
   """
Notice of Price Change

1. Halcyon Works, Inc. ("Halcyon") hereby notifies the Customer that the price of Halcyon Fleet Standard (the "Service") shall increase from $4 to $4.50 per desk per month for renewals occurring on or after January 1, 2027 (the "New Price") [1].
2. This notice is given in accordance with the requirement of the master subscription agreement that Halcyon provide not less than sixty (60) days' notice of price changes [1].
3. The Customer may elect not to renew the Service by giving notice before the renewal date [2].
4. Absent such notice, the New Price shall apply from the first renewal on or after January 1, 2027.
""")

ex("Termination clause for Fleet subscriptions",
   [("legal/fleet-msa.md", "Either party may terminate for material breach not cured within 30 days of written notice. Subscriptions renew automatically for 12-month terms unless either party gives 60 days' notice of non-renewal."),
    ("legal/fleet-msa.md", "After termination, customers may export their data for 30 days; Halcyon Works, Inc. then deletes it within 90 days."),
    ("legal/flex-terms.md", "Early termination of a Flex rental within the minimum term costs the remaining months' fees.", D)]
   ,
   """
13. Term and Termination
13.1 The subscription shall renew automatically for successive twelve (12) month terms (each, a "Renewal Term") unless either party gives not less than sixty (60) days' notice of non-renewal [1].
13.2 Either party may terminate this Agreement if the other party commits a material breach that remains uncured thirty (30) days after written notice [1].
14. Effect of Termination
14.1 Following termination, the Customer may export its data for a period of thirty (30) days (the "Export Window") [2].
14.2 Upon expiry of the Export Window, Halcyon Works, Inc. shall delete the Customer's data within ninety (90) days [2].
""")

ex("Summary of the data retention policy for app users",
   [("legal/retention-schedule.md", "Halcyon app account data is kept while the account is active. Retention: standing and sitting logs 24 months; support chat transcripts 3 years; payment records 7 years for tax purposes. Deleted accounts are purged within 30 days, except records Halcyon Works, Inc. must keep by law.")]
   ,
   """
Data Retention Summary

1. Halcyon Works, Inc. ("Halcyon") retains personal data of Halcyon app users (each, a "User") for the periods set out below.
1.1 Account data: for as long as the account remains active [1].
1.2 Standing and sitting logs: twenty-four (24) months [1].
1.3 Support chat transcripts: three (3) years [1].
1.4 Payment records: seven (7) years, for tax purposes [1].
2. Where a User deletes an account, Halcyon shall purge the associated data within thirty (30) days, save for records that Halcyon is required by law to retain [1].
""")

ex("Security incident notification to affected Fleet customers",
   [("legal/incident-2026-08.md", "On August 12, 2026, Halcyon Works, Inc. detected unauthorised access to a Fleet reporting server. Exposed data: admin names and work email addresses for 41 customer accounts. No passwords, payment data or occupancy data were accessed. Access was blocked within 3 hours."),
    ("legal/incident-2026-08.md", "Halcyon has reset admin sessions, engaged Mandiant to investigate, and notified relevant regulators.")]
   ,
   """
Notice of Security Incident

1. On August 12, 2026, Halcyon Works, Inc. ("Halcyon") detected unauthorised access to a Halcyon Fleet reporting server (the "Incident") [1].
2. The data exposed in the Incident was limited to administrator names and work email addresses associated with forty-one (41) customer accounts [1].
3. Based on the investigation to date, no passwords, payment data or occupancy data were accessed [1].
4. Halcyon blocked the unauthorised access within three (3) hours of detection [1].
5. Halcyon has reset all administrator sessions, engaged Mandiant to investigate, and notified the relevant regulators [2].
6. Halcyon shall provide further information as the investigation proceeds.
""")

ex("California Proposition 65 warning for the Orion chair listing",
   [("legal/prop65.md", "Orion chair base components may expose users to di(2-ethylhexyl) phthalate (DEHP), known to the State of California to cause cancer and birth defects or other reproductive harm. Required website warning text must link to www.P65Warnings.ca.gov."),
    ("legal/prop65.md", "The warning applies to Orion units manufactured before March 2026. Halcyon Works, Inc. provides it as required by California law; it is not an admission of liability.")]
   ,
   """
1. WARNING: The Orion chair (the "Product") can expose the user to chemicals including di(2-ethylhexyl) phthalate (DEHP), which is known to the State of California to cause cancer and birth defects or other reproductive harm [1].
2. For more information, visit www.P65Warnings.ca.gov [1].
3. This warning applies to units of the Product manufactured before March 2026 [2].
4. Halcyon Works, Inc. provides this warning as required by California law, and it does not constitute an admission of liability [2].
""")

ex("Compliance statement about the certifications held by the Orion chair",
   [("legal/certifications.md", "Orion, made by Halcyon Works, Inc., is certified to ANSI/BIFMA X5.1-2017 for office seating durability and to GREENGUARD Gold for low chemical emissions. Certificates are issued by UL Solutions and renewed annually."),
    ("legal/certifications.md", "Certification applies to Orion models manufactured in Portland from January 2025.")]
   ,
   """
Statement of Compliance

1. Halcyon Works, Inc. ("Halcyon") states that the Orion chair (the "Product") is certified to ANSI/BIFMA X5.1-2017 for office seating durability and to GREENGUARD Gold for low chemical emissions (together, the "Certifications") [1].
2. The Certifications are issued by UL Solutions and are subject to annual renewal [1].
3. The Certifications apply only to units of the Product manufactured in Portland from January 2025 [2].
4. This statement is provided for information only and shall not be construed as an extension of any warranty.
""")

ex("Reply to a customer asking for a refund 45 days after delivery",
   [("policies/returns.md", "Standard returns are accepted within 30 days of delivery. Halcyon Works, Inc. may, at its discretion, offer store credit for returns between 31 and 60 days if the item is in resalable condition."),
    ("crm/case-88213.md", "Customer purchased an Orion chair delivered on February 2, 2026 and requested a refund on March 19, 2026 citing fit.")]
   ,
   """
Re: Refund Request, Orion Chair

1. Halcyon Works, Inc. ("Halcyon") acknowledges the request submitted on March 19, 2026 by the purchaser (the "Customer") for a refund of an Orion chair delivered on February 2, 2026 (the "Item") [2].
2. Under the returns policy, standard returns are accepted within thirty (30) days of delivery [1]. The request falls outside that period.
3. Notwithstanding clause 2, Halcyon may, at its discretion, offer store credit for returns made between thirty-one (31) and sixty (60) days after delivery, provided that the Item is in resalable condition [1].
4. Halcyon shall confirm the outcome upon inspection of the Item.
""")

ex("Reply to a customer asking whether the warranty transfers if they sell their desk",
   [("legal/warranty.md", "The Halcyon Works, Inc. Atlas limited warranty applies to the original purchaser only and is not transferable, except that Halcyon Care plans may be transferred once to a subsequent owner for a $25 fee."),
    ("legal/warranty.md", "Transfers must be requested within 30 days of the sale via halcyonworks.com/transfer.")]
   ,
   """
Re: Transferability of Warranty

1. Halcyon Works, Inc. ("Halcyon") confirms that the Atlas limited warranty (the "Warranty") applies to the original purchaser only and is not transferable [1].
2. By way of exception, a Halcyon Care plan (the "Plan") may be transferred once to a subsequent owner, subject to payment of a fee of $25 [1].
3. Any transfer of the Plan shall be requested within thirty (30) days of the sale through halcyonworks.com/transfer [2].
4. Upon completion of a valid transfer, the subsequent owner shall hold the Plan for its remaining term only.
""")

ex("Reply to a customer asking whether Halcyon sells their data",
   [("legal/privacy-policy.md", "Halcyon Works, Inc. does not sell or share personal information for cross-context behavioural advertising as defined under the California Consumer Privacy Act. Halcyon discloses personal data to service providers such as payment processors and carriers under contract."),
    ("legal/privacy-policy.md", "California residents may submit requests via the 'Privacy Choices' link in the website footer or by calling 1-800-555-0142."),
    ("marketing/campaigns/gift-cards-2026.md", "Bonus $20 gift card with $100 purchase.", D)]
   ,
   """
Re: Sale of Personal Information

1. Halcyon Works, Inc. ("Halcyon") does not sell personal information, nor share it for cross-context behavioural advertising, as those terms are defined in the California Consumer Privacy Act (the "CCPA") [1].
2. Halcyon discloses personal data to service providers, including payment processors and carriers, solely under written contract [1].
3. A California resident may submit a privacy request through the "Privacy Choices" link in the website footer or by calling 1-800-555-0142 [2].
4. Nothing in this response limits any right of the requester under applicable law.
""")

ex("Acknowledge a GDPR data access request from a customer in Germany",
   [("legal/dsar-procedure.md", "Halcyon Works, Inc. responds to data subject access requests within one month of receipt, extendable by two further months for complex requests. Identity is verified by a code sent to the account email. Copies are provided free of charge in a machine-readable format."),
    ("crm/dsar-2026-114.md", "Request DSAR-2026-114 received on April 7, 2026 from an account holder in Germany.")]
   ,
   """
Re: Data Subject Access Request DSAR-2026-114

1. Halcyon Works, Inc. ("Halcyon") acknowledges receipt on April 7, 2026 of the access request submitted by the account holder (the "Data Subject") [2].
2. Halcyon shall verify the identity of the Data Subject by means of a code sent to the email address associated with the account [1].
3. Subject to successful verification, Halcyon shall respond within one month of receipt, provided that this period may be extended by two further months where the request is complex [1].
4. A copy of the personal data shall be provided free of charge in a machine-readable format [1].
""")

ex("Confirm to a user that their account deletion request has been processed",
   [("legal/deletion-procedure.md", "On account deletion, Halcyon Works, Inc. erases profile, device and usage data within 30 days. Invoices are retained for 7 years under tax law. Backups are overwritten within 35 days."),
    ("crm/deletion-2026-0932.md", "Deletion request DEL-0932 completed on May 4, 2026 for a Halcyon app account.")]
   ,
   """
Re: Confirmation of Account Deletion DEL-0932

1. Halcyon Works, Inc. ("Halcyon") confirms that the request to delete the Halcyon app account (the "Account") was completed on May 4, 2026 [2].
2. Profile, device and usage data associated with the Account shall be erased within thirty (30) days of deletion [1].
3. Residual copies held in backups shall be overwritten within thirty-five (35) days [1].
4. Notwithstanding the foregoing, invoices shall be retained for seven (7) years as required by tax law [1].
5. Halcyon shall not use the retained invoices for any purpose other than compliance with such law.
""")

ex("Testimonial consent and release for a customer featured in a case study",
   [("legal/testimonial-release.md", "By signing, the customer grants Halcyon Works, Inc. a royalty-free, worldwide licence to use their name, job title, quote and photograph in marketing for 3 years. The customer may withdraw consent for future uses with 30 days' written notice. Halcyon will obtain approval of the final text before publication."),
    ("case-studies/brightline.md", "Featured customer: Luis Ortega, Workplace Director, Brightline Health.")]
   ,
   """
Testimonial Consent and Release

1. Luis Ortega, Workplace Director, Brightline Health (the "Contributor"), grants Halcyon Works, Inc. ("Halcyon") a royalty-free, worldwide licence to use the Contributor's name, job title, quotation and photograph (the "Materials") in marketing for a period of three (3) years [1][2].
2. Halcyon shall obtain the Contributor's approval of the final text before publication [1].
3. The Contributor may withdraw consent for future uses of the Materials upon thirty (30) days' written notice, provided that such withdrawal shall not require the recall of materials already published [1].
""")

ex("Photo and video release wording for attendees at the Design Week event",
   [("legal/event-media-release.md", "Halcyon Works, Inc. will photograph and film the 'Work, Reimagined' event on April 22, 2026. Entry constitutes consent to appear in recordings used for marketing. Attendees who do not wish to be filmed can request a blue lanyard at check-in."),
    ("events/design-week-pdx-2026.md", "Event venue: Halcyon HQ, 1200 NW Marshall St, Portland.")]
   ,
   """
Notice of Photography and Filming

1. Halcyon Works, Inc. ("Halcyon") shall photograph and film the "Work, Reimagined" event held on April 22, 2026 at 1200 NW Marshall St, Portland (the "Event") [1][2].
2. By entering the Event, each attendee (an "Attendee") consents to appearing in photographs and recordings that Halcyon may use for marketing purposes [1].
3. An Attendee who does not wish to be filmed may request a blue lanyard at check-in, and Halcyon shall use reasonable efforts to exclude such Attendee from published recordings [1].
""")

ex("Gift card terms and conditions",
   [("legal/gift-card-terms.md", "Halcyon gift cards are issued by Halcyon Gift Card Services LLC, a subsidiary of Halcyon Works, Inc. They do not expire and carry no fees. They are redeemable online and in Halcyon showrooms in the US only and cannot be exchanged for cash except where required by law."),
    ("legal/gift-card-terms.md", "Lost or stolen cards are replaced only with proof of purchase for the remaining balance."),
    ("legal/rewards-terms.md", "Rewards points expire 18 months after being earned.", D)]
   ,
   """
Gift Card Terms

1. Halcyon gift cards (each, a "Card") are issued by Halcyon Gift Card Services LLC (the "Issuer"), a subsidiary of Halcyon Works, Inc. [1].
2. Cards do not expire and are not subject to any fees [1].
3. Cards may be redeemed online and in Halcyon showrooms in the US only [1].
4. Cards may not be exchanged for cash, except where required by law [1].
5. The Issuer shall replace a lost or stolen Card for its remaining balance only upon presentation of proof of purchase [2].
""")

ex("Price match policy terms for the website",
   [("legal/price-match.md", "Halcyon Works, Inc. will match a lower advertised price from an authorised US retailer for an identical new, in-stock Halcyon product within 14 days of purchase. Excludes clearance, refurbished, bundle, auction and membership-only prices. Limit one adjustment per item.")]
   ,
   """
Price Match Policy

1. Halcyon Works, Inc. ("Halcyon") shall match a lower advertised price offered by an authorised US retailer for an identical new and in-stock Halcyon product (the "Matched Product") [1].
2. A request shall be made within fourteen (14) days of the date of purchase [1].
3. This policy shall not apply to clearance, refurbished, bundle, auction or membership-only prices (the "Excluded Prices") [1].
4. No more than one (1) price adjustment shall be made per item [1].
5. Halcyon reserves the right to verify the competing price before granting any adjustment.
""")

ex("Disclosure requirements for paid influencers promoting Halcyon products",
   [("legal/influencer-policy.md", "Influencers paid in money or free products must clearly disclose the relationship in every post, using #ad or 'Paid partnership with Halcyon' at the start of the caption, in line with FTC Endorsement Guides. Disclosures in profile bios alone are insufficient."),
    ("legal/influencer-policy.md", "Halcyon Works, Inc. may withhold payment for posts that lack disclosure.")]
   ,
   """
Influencer Disclosure Requirements

1. Any influencer who receives payment or free products from Halcyon Works, Inc. ("Halcyon") (an "Influencer") shall clearly disclose that relationship in every post, in line with the FTC Endorsement Guides [1].
2. The disclosure shall appear at the start of the caption and shall use "#ad" or "Paid partnership with Halcyon" (the "Required Disclosure") [1].
3. A disclosure contained only in a profile biography shall not satisfy clause 1 [1].
4. Halcyon may withhold payment for any post that omits the Required Disclosure [2].
""")

ex("Summary of the employee social media policy for the intranet",
   [("people/social-media-policy.md", "Employees of Halcyon Works, Inc. may not share unreleased product information, financial results before publication, or customer names without written approval. Employees posting about Halcyon products must identify themselves as employees. Questions go to Legal via legal@halcyonworks.com."),
    ("people/social-media-policy.md", "Policy owner: General Counsel Priya Okafor. Last updated February 2026.")]
   ,
   """
Social Media Policy: Summary

1. This summary applies to all employees of Halcyon Works, Inc. ("Halcyon") (each, an "Employee").
2. No Employee shall disclose unreleased product information, financial results prior to publication, or customer names without written approval [1].
3. An Employee who posts about Halcyon products shall identify himself or herself as an Employee [1].
4. Questions shall be directed to the Legal department at legal@halcyonworks.com [1].
5. The policy owner is the General Counsel, Priya Okafor; the policy was last updated in February 2026 [2].
""")

ex("Terms of attendance for Halcyon Summit",
   [("legal/summit-terms.md", "Halcyon Summit 2026 passes are non-refundable but transferable to a colleague until October 6, 2026. Halcyon Works, Inc. may change speakers or the agenda. If the event is cancelled, the pass price is refunded in full; Halcyon is not liable for travel costs."),
    ("events/summit-2026.md", "Summit 2026 takes place October 20-21 at the Portland Convention Center."),
    ("products/atlas-junior.md", "Atlas Junior fits children aged 6-14.", D)]
   ,
   """
Halcyon Summit 2026: Terms of Attendance

1. Halcyon Summit 2026 (the "Event") shall take place on October 20-21 at the Portland Convention Center [2].
2. Passes are non-refundable, provided that a pass may be transferred to a colleague until October 6, 2026 [1].
3. Halcyon Works, Inc. ("Halcyon") may change the speakers or the agenda [1].
4. If Halcyon cancels the Event, the pass price shall be refunded in full; Halcyon shall not be liable for travel or accommodation costs [1].
""")

ex("Visitor waiver for the Portland factory tour",
   [("legal/factory-tour-waiver.md", "Factory tour visitors must be 12 or older, wear closed-toe shoes, follow guide instructions and remain in marked walkways. Minors aged 12-17 must be accompanied by an adult who signs on their behalf. Halcyon Works, Inc. may end a visit for safety reasons."),
    ("events/factory-tours.md", "Tours of the Portland assembly plant run monthly and last 75 minutes.")]
   ,
   """
Factory Tour Visitor Acknowledgement

1. Each visitor to the Portland assembly plant (a "Visitor") shall be aged twelve (12) or older [1][2].
2. A Visitor aged between 12 and 17 shall be accompanied by an adult, who shall sign this acknowledgement on the Visitor's behalf [1].
3. Each Visitor shall wear closed-toe shoes, follow the instructions of the guide and remain within marked walkways [1].
4. Halcyon Works, Inc. ("Halcyon") may end a visit at any time for reasons of safety [1].
5. Subject to applicable law, each Visitor participates at his or her own risk.
""")

ex("Terms for the white-glove installation service",
   [("legal/installation-terms.md", "Halcyon Works, Inc. provides white-glove installation for $149 per desk. The customer must ensure clear access, a working lift for floors above the 3rd, and parking within 50 m. Missed appointments without 24 hours' notice incur a $75 fee."),
    ("legal/installation-terms.md", "Installation does not include wall mounting or electrical work.")]
   ,
   """
Installation Service Terms

1. Service. Halcyon Works, Inc. ("Halcyon") shall provide white-glove installation (the "Service") for a fee of $149 per desk [1].
2. Customer Obligations. The customer (the "Customer") shall ensure clear access to the installation site, a working lift for floors above the 3rd floor, and parking within 50 m [1].
3. Exclusions. The Service does not include wall mounting or electrical work [2].
4. Missed Appointments. Where the Customer misses an appointment without giving twenty-four (24) hours' notice, a fee of $75 shall apply [1].
""")

ex("Force majeure clause for B2B supply agreements",
   [("legal/supply-agreement.md", "Neither party is liable for delay caused by events beyond its reasonable control, including natural disasters, war, epidemics, labour disputes (other than of its own staff) and failures of public utilities. If a force majeure event lasts more than 60 days, either party may terminate the affected order without liability.")]
   ,
   """
17. Force Majeure
17.1 Neither party shall be liable for any delay or failure in performance caused by an event beyond its reasonable control (a "Force Majeure Event"), including natural disasters, war, epidemics, labour disputes (other than those involving its own staff) and failures of public utilities [1].
17.2 The affected party shall notify the other party promptly and shall use reasonable efforts to mitigate the effects of the Force Majeure Event.
17.3 If a Force Majeure Event continues for more than sixty (60) days, either party may terminate the affected order without liability [1].
""")

ex("Assignment clause for the Fleet agreement",
   [("legal/fleet-msa.md", "The customer may not assign the agreement without Halcyon's written consent, not to be unreasonably withheld. Halcyon Works, Inc. may assign the agreement to an affiliate or a successor in a merger or sale of substantially all assets, with notice to the customer.")]
   ,
   """
18. Assignment
18.1 The Customer shall not assign this Agreement without the prior written consent of Halcyon Works, Inc. ("Halcyon"), such consent not to be unreasonably withheld [1].
18.2 Halcyon may assign this Agreement without consent to an affiliate, or to a successor in connection with a merger or a sale of all or substantially all of its assets, provided that Halcyon gives notice to the Customer [1].
18.3 Any purported assignment in breach of this clause 18 shall be void.
""")

ex("Automatic renewal disclosure for the guided standing plans subscription",
   [("legal/subscription-terms.md", "Guided Standing Plans in the Halcyon app cost $4.99 per month and renew automatically each month until cancelled. Users can cancel at any time in app settings; cancellation takes effect at the end of the current billing period. No partial-month refunds."),
    ("legal/subscription-terms.md", "A reminder is sent 7 days before any annual renewal.")]
   ,
   """
Automatic Renewal Disclosure

1. Guided Standing Plans in the Halcyon app (the "Subscription") cost $4.99 per month and renew automatically each month until cancelled [1].
2. The subscriber (the "Subscriber") may cancel at any time in the app settings [1].
3. Cancellation shall take effect at the end of the current billing period, and no refund shall be given for any partial month [1].
4. Where the Subscription is billed annually, a reminder shall be sent seven (7) days before renewal [2].
5. By subscribing, the Subscriber authorises recurring charges on these terms.
""")

ex("Eligibility terms for the educator discount",
   [("legal/education-discount.md", "The educator discount (20%) is available to currently employed teachers, faculty and staff of accredited K-12 schools, colleges and universities in the US. Eligibility is verified through SheerID. Limit two discounted items per educator per calendar year; items are for personal use and not for resale.")]
   ,
   """
Educator Discount Terms

1. Eligibility. The discount of 20% (the "Educator Discount") is available to currently employed teachers, faculty and staff of accredited K-12 schools, colleges and universities in the US (each, an "Eligible Educator") [1].
2. Verification. Eligibility shall be verified through SheerID [1].
3. Limits. Each Eligible Educator may purchase no more than two (2) discounted items per calendar year [1].
4. Use. Items purchased with the Educator Discount are for personal use only and shall not be resold [1].
""")

ex("Pre-order terms for the Nimbus Duo",
   [("legal/preorder-terms.md", "Nimbus Duo pre-orders require a $1,000 deposit, fully refundable until the pod is scheduled for delivery. The balance is charged when the order ships. Estimated delivery dates are not guaranteed; if delivery is delayed by more than 60 days beyond the estimate, the customer may cancel for a full refund."),
    ("products/nimbus-duo.md", "Nimbus Duo pre-orders open August 4, 2026.")]
   ,
   """
Nimbus Duo Pre-Order Terms

1. Pre-orders for the Nimbus Duo (the "Product") open on August 4, 2026 [2].
2. Each pre-order requires a deposit of $1,000 (the "Deposit"), which is fully refundable until the Product is scheduled for delivery [1].
3. The balance of the price shall be charged when the order ships [1].
4. Estimated delivery dates are not guaranteed [1].
5. If delivery is delayed by more than sixty (60) days beyond the estimated date, the purchaser may cancel the pre-order and receive a full refund, including the Deposit [1].
""")

ex("Disclaimer to accompany marketing claims about back-pain reduction",
   [("research/standing-study-2025.md", "A 2025 study with Oregon State University found 32% less self-reported lower-back discomfort among 118 participants after eight weeks of alternating postures. The study was funded by Halcyon Works, Inc."),
    ("legal/claims-review.md", "Health-related claims must state sample size, funding source and that results are self-reported and not medical advice.")]
   ,
   """
Disclaimer: Health Claims

1. The reported reduction of 32% in lower-back discomfort (the "Result") is derived from a 2025 study conducted with Oregon State University involving 118 participants over eight weeks (the "Study") [1].
2. The Study was funded by Halcyon Works, Inc. [1].
3. The Result is based on self-reported data, and individual outcomes may vary [2].
4. Nothing in this material constitutes medical advice [2]. Any person with back pain should consult a qualified healthcare professional.
""")

ex("Patent marking notice for the website",
   [("legal/patents.md", "Halcyon Works, Inc. Atlas desks are covered by US Patent Nos. 10,872,334 and 11,204,519. The Helix anti-collision system is covered by US Patent No. 11,598,002. Other patents pending."),
    ("legal/patents.md", "This page provides virtual patent marking under 35 U.S.C. § 287(a)."),
    ("legal/trademark-guidelines.md", "Halcyon and Atlas are registered trademarks of Halcyon Works, Inc.", D)]
   ,
   """
Virtual Patent Marking

1. This notice is provided by Halcyon Works, Inc. ("Halcyon") for the purposes of virtual patent marking under 35 U.S.C. § 287(a) [2].
2. Atlas desks are covered by US Patent Nos. 10,872,334 and 11,204,519 [1].
3. The Helix anti-collision system is covered by US Patent No. 11,598,002 [1].
4. Other patents are pending [1].
5. This list may not be exhaustive, and the absence of a product from this notice shall not be construed as a waiver of any right.
""")

ex("Supply chain transparency statement for the annual report",
   [("legal/supply-chain-2025.md", "In 2025 Halcyon Works, Inc. audited 46 of its 58 tier-one suppliers for forced labour risks. Two suppliers received corrective action plans; one relationship was terminated. All procurement staff completed anti-slavery training."),
    ("legal/supply-chain-2025.md", "The statement is approved by the Board and signed by CEO Mara Lindqvist."),
    ("marketing/campaigns/new-year-2027.md", "New Year campaign runs January 2-15, 2027.", D)]
   ,
   """
Supply Chain Transparency Statement

1. During 2025, Halcyon Works, Inc. ("Halcyon") audited forty-six (46) of its fifty-eight (58) tier-one suppliers (the "Suppliers") for risks of forced labour [1].
2. Two Suppliers received corrective action plans, and Halcyon terminated its relationship with one Supplier [1].
3. All procurement staff completed anti-slavery training during the year [1].
4. This statement has been approved by the Board and is signed by the CEO, Mara Lindqvist [2].
""")

ex("Copyright infringement notice procedure for the community forum",
   [("legal/dmca.md", "Halcyon Works, Inc. responds to notices under the Digital Millennium Copyright Act. Notices must identify the work, the infringing material and its URL, and include a statement of good faith and a signature. Designated agent: Copyright Agent, 1200 NW Marshall St, Portland, OR 97209, copyright@halcyonworks.com."),
    ("legal/dmca.md", "Repeat infringers' forum accounts are terminated.")]
   ,
   """
Copyright Infringement Notices

1. Halcyon Works, Inc. ("Halcyon") responds to notices submitted under the Digital Millennium Copyright Act (the "DMCA") [1].
2. A valid notice shall (a) identify the copyrighted work, (b) identify the allegedly infringing material and its URL, (c) include a statement of good faith, and (d) bear a signature [1].
3. Notices shall be sent to the designated agent: Copyright Agent, 1200 NW Marshall St, Portland, OR 97209, copyright@halcyonworks.com [1].
4. Halcyon shall terminate the forum accounts of repeat infringers [2].
""")

ex("Terms of use for the Halcyon Fleet API",
   [("legal/fleet-api-terms.md", "Fleet API access is included in Fleet Plus. Rate limit: 600 requests per minute per customer. API keys are confidential and may not be shared with third parties other than contractors bound by confidentiality. Halcyon Works, Inc. may change or deprecate endpoints with 90 days' notice."),
    ("legal/fleet-api-terms.md", "Data obtained through the API may not be used to build a competing workspace management product.")]
   ,
   """
Fleet API Terms

1. Access. Access to the Halcyon Fleet application programming interface (the "API") is included in the Fleet Plus plan [1].
2. Limits. Use of the API is limited to six hundred (600) requests per minute per customer (the "Rate Limit") [1].
3. Credentials. API keys are confidential and shall not be shared with any third party other than contractors bound by obligations of confidentiality [1].
4. Restrictions. Data obtained through the API shall not be used to develop a competing workspace management product [2].
5. Changes. Halcyon Works, Inc. may change or deprecate any endpoint upon ninety (90) days' notice [1].
""")

ex("Acceptable use policy excerpt for the community forum",
   [("legal/forum-aup.md", "Forum members must not post harassment, spam, personal data of others, or content infringing intellectual property. Halcyon Works, Inc. moderators may remove content and suspend accounts. Members must be at least 16 years old."),
    ("community/forum.md", "The Halcyon Community forum has 26,000 members.", D)]
   ,
   """
Forum Acceptable Use Policy (Excerpt)

1. Eligibility. Each member of the forum (a "Member") shall be at least sixteen (16) years of age [1].
2. Prohibited Content. No Member shall post harassment, spam, personal data of others, or content that infringes intellectual property rights (together, "Prohibited Content") [1].
3. Enforcement. Moderators appointed by Halcyon Works, Inc. may remove any content and may suspend the account of any Member [1].
4. Enforcement under clause 3 is at the discretion of the moderators and does not require prior notice.
""")

ex("Children's privacy section for the Atlas Junior companion app",
   [("legal/privacy-junior.md", "The Atlas Junior mode in the Halcyon app is designed for children under 13 and is set up by a parent. Halcyon Works, Inc. collects only desk height and usage time in Junior mode, obtains verifiable parental consent under the Children's Online Privacy Protection Act (COPPA), and does not show advertising."),
    ("legal/privacy-junior.md", "Parents may review or delete their child's data at any time from the parent account.")]
   ,
   """
8. Children's Privacy
8.1 The Atlas Junior mode of the Halcyon app ("Junior Mode") is designed for children under 13 and shall be set up by a parent (the "Parent") [1].
8.2 Halcyon Works, Inc. ("Halcyon") obtains verifiable parental consent in accordance with the Children's Online Privacy Protection Act ("COPPA") [1].
8.3 In Junior Mode, Halcyon collects only desk height and usage time, and no advertising is shown [1].
8.4 The Parent may review or delete the child's data at any time from the Parent's account [2].
""")

ex("Letter to an online seller listing counterfeit Orion chairs",
   [("legal/enforcement-2026-07.md", "An Amazon storefront 'OfficeDeal Pro' is selling chairs as 'Halcyon Orion' at $219, using Halcyon product photos. Orion is sold only through halcyonworks.com and authorised dealers. Halcyon Works, Inc. owns US trademark registration No. 6,114,207 for ORION."),
    ("legal/enforcement-policy.md", "Standard demand: cease sales within 10 days, remove listings, and confirm in writing.")]
   ,
   """
Re: Unauthorised Use of the ORION Trademark

1. Halcyon Works, Inc. ("Halcyon") owns US trademark registration No. 6,114,207 for ORION (the "Mark") [1].
2. The storefront "OfficeDeal Pro" (the "Seller") is offering chairs described as "Halcyon Orion" at $219 and is using Halcyon product photographs [1].
3. Orion chairs are sold only through halcyonworks.com and authorised dealers; the Seller is not such a dealer [1].
4. Halcyon demands that the Seller, within ten (10) days: (a) cease all sales; (b) remove all listings; and (c) confirm compliance in writing [2].
5. Halcyon reserves all rights and remedies.
""")

ex("Financing disclosure to appear beside the Affirm option at checkout",
   [("legal/financing.md", "Financing is provided by Affirm, Inc., not Halcyon Works, Inc. Rates from 0% to 36% APR, subject to eligibility; a down payment may be required. Example: a $1,200 purchase over 12 months at 15% APR would be 12 payments of $108.31."),
    ("legal/financing.md", "Affirm loans are made by Celtic Bank, a Utah-chartered industrial bank.")]
   ,
   """
Financing Disclosure

1. Financing is provided by Affirm, Inc. ("Affirm") and not by Halcyon Works, Inc. [1].
2. Loans are made by Celtic Bank, a Utah-chartered industrial bank [2].
3. Rates range from 0% to 36% APR, subject to eligibility, and a down payment may be required [1].
4. By way of example only, a purchase of $1,200 financed over twelve (12) months at 15% APR would be repaid in 12 payments of $108.31 [1].
5. Approval and terms are determined solely by Affirm.
""")

ex("Terms for the Orion take-back and recycling program",
   [("legal/take-back-terms.md", "Halcyon Works, Inc. accepts Orion chairs of any age for free collection and recycling within the contiguous US. Customers transfer ownership of the chair on collection. Halcyon may donate usable chairs to nonprofits. Collection is scheduled within 21 days of request.")]
   ,
   """
Take-Back Program Terms

1. Scope. Halcyon Works, Inc. ("Halcyon") shall collect and recycle Orion chairs of any age, free of charge, within the contiguous US (each, a "Returned Chair") [1].
2. Scheduling. Collection shall be scheduled within twenty-one (21) days of the request [1].
3. Ownership. Ownership of the Returned Chair shall pass to Halcyon upon collection [1].
4. Use. Halcyon may, at its discretion, donate any usable Returned Chair to a nonprofit organisation [1].
5. The participant confirms that he or she is entitled to transfer ownership of the Returned Chair.
""")

ex("Summary of the anti-bribery and gifts policy for sales staff",
   [("people/anti-bribery-policy.md", "Employees may not offer or accept anything of value to improperly influence a business decision. Gifts to or from customers may not exceed $100 in value per person per year. Any gift to a government official requires prior approval from Legal. Violations may lead to dismissal."),
    ("people/anti-bribery-policy.md", "The policy implements the US Foreign Corrupt Practices Act and the UK Bribery Act 2010.")]
   ,
   """
Anti-Bribery and Gifts Policy: Summary for Sales Staff

1. This policy implements the US Foreign Corrupt Practices Act and the UK Bribery Act 2010 (together, the "Anti-Bribery Laws") [2].
2. No employee shall offer or accept anything of value for the purpose of improperly influencing a business decision [1].
3. Gifts given to or received from any customer shall not exceed $100 in value per person per year (the "Gift Limit") [1].
4. Any gift to a government official requires the prior approval of the Legal department [1].
5. A violation of this policy may result in dismissal [1].
""")

ex("Summarise the amendment to the Northwind Logistics Fleet contract",
   [("legal/contracts/northwind-amendment-2.md", "Amendment No. 2 to the Fleet agreement between Halcyon Works, Inc. and Northwind Logistics, effective March 1, 2026: desk count increases from 800 to 1,150; price per desk reduced to $3.60 per month; term extended to February 28, 2029."),
    ("legal/contracts/northwind-amendment-2.md", "All other terms of the original agreement remain unchanged.")]
   ,
   """
Summary of Amendment No. 2

1. Amendment No. 2 (the "Amendment") to the Fleet agreement between Halcyon Works, Inc. and Northwind Logistics (the "Agreement") takes effect on March 1, 2026 [1].
2. The Amendment makes the following changes:
2.1 the licensed desk count increases from 800 to 1,150 [1];
2.2 the price per desk is reduced to $3.60 per month [1]; and
2.3 the term is extended to February 28, 2029 [1].
3. All other terms of the Agreement remain unchanged [2].
""")

ex("Renewal notice for an enterprise Fleet customer",
   [("legal/renewals/contoso-2026.md", "Contoso Bank's Fleet Plus subscription with Halcyon Works, Inc. (2,400 desks) renews on November 30, 2026 for a 12-month term at $6 per desk per month unless Contoso gives written notice of non-renewal by October 1, 2026."),
    ("legal/fleet-msa.md", "Notices under the MSA must be sent to legal@halcyonworks.com.")]
   ,
   """
Notice of Upcoming Renewal

1. Halcyon Works, Inc. ("Halcyon") hereby notifies Contoso Bank (the "Customer") that its Fleet Plus subscription covering 2,400 desks (the "Subscription") shall renew on November 30, 2026 (the "Renewal Date") [1].
2. Upon renewal, the Subscription shall continue for a term of twelve (12) months at $6 per desk per month [1].
3. The Subscription shall renew as described unless the Customer gives written notice of non-renewal on or before October 1, 2026 [1].
4. Any such notice shall be sent to legal@halcyonworks.com [2].
""")

ex("Acknowledge a letter from a customer's lawyer claiming injury from an Orion chair",
   [("legal/claims/2026-031.md", "Letter received June 9, 2026 from Barrett & Cole LLP on behalf of a customer alleging injury from an Orion chair purchased in 2024. Halcyon Works, Inc. has referred the matter to its insurer, Liberty Mutual. Request: preserve the chair for inspection."),
    ("legal/claims-policy.md", "Acknowledgements must not admit liability and must request that all further correspondence go to General Counsel Priya Okafor.")]
   ,
   """
Re: Claim Notice Dated June 9, 2026

1. Halcyon Works, Inc. ("Halcyon") acknowledges receipt on June 9, 2026 of the letter from Barrett & Cole LLP on behalf of its client (the "Claimant") concerning an Orion chair purchased in 2024 (the "Chair") [1].
2. Halcyon has referred the matter to its insurer, Liberty Mutual [1].
3. Halcyon requests that the Chair be preserved in its current condition for inspection [1].
4. This acknowledgement is made without admission of liability and without prejudice to any right or defence of Halcyon [2].
5. All further correspondence shall be directed to the General Counsel, Priya Okafor [2].
""")

ex("Reply to a B2B customer requesting a certificate of insurance",
   [("legal/insurance.md", "Halcyon Works, Inc. maintains commercial general liability insurance of $5,000,000 per occurrence with Liberty Mutual and product liability coverage of $10,000,000 aggregate. Certificates of insurance naming a customer as additional insured are issued within 5 business days of request."),
    ("crm/case-ins-2210.md", "Request from City of Tacoma facilities department for a certificate naming the City as additional insured for a Nimbus installation.")]
   ,
   """
Re: Request for Certificate of Insurance

1. Halcyon Works, Inc. ("Halcyon") acknowledges the request from the City of Tacoma facilities department (the "Customer") for a certificate of insurance naming the Customer as additional insured in connection with a Nimbus installation [2].
2. Halcyon maintains commercial general liability insurance of $5,000,000 per occurrence with Liberty Mutual, together with product liability coverage of $10,000,000 in the aggregate [1].
3. Halcyon shall issue the requested certificate within five (5) business days of the request [1].
""")


ex("Notify a sweepstakes winner and request the eligibility affidavit",
   [("legal/giveaway-winner.md", "The Foundry (Boise, Idaho) was selected as the Nimbus giveaway winner on September 15, 2026. The nominating entrant must return a signed affidavit of eligibility and publicity release within 14 days or an alternate winner may be selected."),
    ("legal/giveaway-rules.md", "Sponsor: Halcyon Works, Inc. Prize: one Nimbus pod, approximate retail value $7,900. Winner is responsible for any applicable taxes."),
    ("marketing/social/ugc-2026-09.md", "Customer @studio.maren shared a setup photo.", D)]
   ,
   """
Re: Notification of Prize Award

1. Halcyon Works, Inc. (the "Sponsor") is pleased to notify the entrant who nominated The Foundry, Boise, Idaho (the "Potential Winner"), that The Foundry was selected as the winner of the Nimbus giveaway on September 15, 2026 [1][2].
2. The prize consists of one Nimbus pod with an approximate retail value of $7,900 (the "Prize") [2].
3. The Potential Winner shall return a signed affidavit of eligibility and publicity release within fourteen (14) days, failing which an alternate winner may be selected [1].
4. The winner shall be responsible for any applicable taxes [2].
""")

ex("Short summary of the data processing roles under the Fleet DPA",
   [("legal/fleet-dpa.md", "Under the Fleet Data Processing Addendum, the customer is the controller and Halcyon Works, Inc. is the processor of personal data in Fleet. Halcyon processes data only on documented customer instructions and ensures staff confidentiality."),
    ("legal/fleet-dpa.md", "Halcyon will notify the customer of a personal data breach without undue delay and in any event within 48 hours of becoming aware of it.")]
   ,
   """
Summary: Fleet Data Processing Addendum

1. Roles. Under the Fleet Data Processing Addendum (the "DPA"), the customer acts as controller (the "Controller") and Halcyon Works, Inc. ("Halcyon") acts as processor of personal data in Halcyon Fleet [1].
2. Instructions. Halcyon shall process personal data only on the documented instructions of the Controller [1].
3. Confidentiality. Halcyon shall ensure that its personnel are bound by obligations of confidentiality [1].
4. Breach Notification. Halcyon shall notify the Controller of any personal data breach without undue delay and in any event within forty-eight (48) hours of becoming aware of it [2].
""")

ex("International data transfer clause for EU Fleet customers",
   [("legal/fleet-dpa.md", "Transfers of EU personal data from the customer to Halcyon Works, Inc. in the US are governed by the EU Standard Contractual Clauses (Module 2, controller to processor). Halcyon is also certified under the EU-U.S. Data Privacy Framework."),
    ("legal/fleet-dpa.md", "EU customers may choose EU data residency in Frankfurt, Germany, in which case data at rest stays in the EU.")]
   ,
   """
9. International Transfers
9.1 Any transfer of personal data originating in the EU from the Customer to Halcyon Works, Inc. ("Halcyon") in the US shall be governed by the EU Standard Contractual Clauses, Module 2 (controller to processor) (the "SCCs") [1].
9.2 Halcyon additionally maintains certification under the EU-U.S. Data Privacy Framework [1].
9.3 The Customer may elect data residency in Frankfurt, Germany (the "EU Region"), in which case data at rest shall remain within the EU [2].
9.4 In the event of conflict between this clause and the SCCs, the SCCs shall prevail.
""")

ex("Workplace privacy notice that Fleet customers can post for employees about occupancy sensors",
   [("legal/sensor-notice-template.md", "Halcyon occupancy sensors detect presence using passive infrared and do not capture images, audio or identities. Data is aggregated per desk in 15-minute intervals and is visible to facilities administrators only."),
    ("legal/sensor-notice-template.md", "The employer, not Halcyon Works, Inc., decides how occupancy data is used and is responsible for this notice.")]
   ,
   """
Notice to Employees: Occupancy Sensors

1. The employer (the "Employer") has installed Halcyon occupancy sensors (the "Sensors") in this workplace.
2. The Sensors detect presence by means of passive infrared and do not capture images, audio or the identity of any individual [1].
3. Occupancy data is aggregated per desk in fifteen (15) minute intervals and is visible only to facilities administrators [1].
4. The Employer, and not Halcyon Works, Inc., determines how occupancy data is used and is responsible for this notice [2].
5. Questions regarding this notice should be directed to the Employer.
""")

ex("Key clauses of the Halcyon Flex rental agreement",
   [("legal/flex-terms.md", "Halcyon Flex: Halcyon Works, Inc. retains ownership of rented furniture. Minimum term 6 months at $59 per month. The renter is liable for damage beyond normal wear, capped at the remaining purchase value. Early termination within the minimum term costs the remaining months' fees."),
    ("legal/flex-terms.md", "After 24 consecutive monthly payments, ownership transfers to the renter at no extra cost.")]
   ,
   """
Halcyon Flex: Principal Terms

1. Ownership. Halcyon Works, Inc. ("Halcyon") retains ownership of all rented furniture (the "Rental Items") [1].
2. Term and Fees. The minimum term is six (6) months (the "Minimum Term") at $59 per month [1].
3. Early Termination. If the renter (the "Renter") terminates within the Minimum Term, the fees for the remaining months of the Minimum Term shall become payable [1].
4. Damage. The Renter shall be liable for damage beyond normal wear, provided that such liability shall not exceed the remaining purchase value of the Rental Items [1].
5. Transfer. Upon payment of twenty-four (24) consecutive monthly fees, ownership of the Rental Items shall transfer to the Renter at no additional cost [2].
""")

ex("Disclosure text for refurbished Halcyon Renewed products",
   [("legal/renewed-terms.md", "Halcyon Renewed products are previously owned or returned items refurbished by Halcyon Works, Inc. They may show minor cosmetic marks. They carry the same warranty as new products, but the 30-day return period is reduced to 14 days."),
    ("legal/renewed-terms.md", "Renewed items are not eligible for the trade-in program or price matching.")]
   ,
   """
Halcyon Renewed: Disclosure

1. Products sold under the Halcyon Renewed program (the "Renewed Products") are previously owned or returned items that have been refurbished by Halcyon Works, Inc. [1].
2. Renewed Products may show minor cosmetic marks [1].
3. Renewed Products carry the same warranty as new products [1].
4. Notwithstanding clause 3, the return period for Renewed Products is fourteen (14) days rather than thirty (30) days [1].
5. Renewed Products are not eligible for the trade-in program or for price matching [2].
""")

ex("Main terms of the Nimbus equipment lease",
   [("legal/nimbus-lease.md", "Nimbus leases run 36 months at a fixed monthly payment. Maintenance by Halcyon Works, Inc. is included. The lessee must insure the pod against loss and damage. At lease end, the lessee may purchase the pod for $1, return it, or upgrade."),
    ("legal/nimbus-lease.md", "Late payments incur a fee of 5% of the overdue amount. The lease may not be cancelled before the end of the term.")]
   ,
   """
Nimbus Equipment Lease: Principal Terms

1. Term. The lease (the "Lease") shall run for thirty-six (36) months at a fixed monthly payment [1].
2. Non-Cancellable. The Lease may not be cancelled before the end of its term [2].
3. Maintenance. Maintenance by Halcyon Works, Inc. is included [1].
4. Insurance. The lessee (the "Lessee") shall insure the pod against loss and damage [1].
5. Late Payment. A fee of 5% of any overdue amount shall apply [2].
6. End of Term. At expiry, the Lessee may (a) purchase the pod for $1, (b) return the pod, or (c) upgrade [1].
""")

ex("Site requirements and building-code disclaimer for Nimbus pod installations",
   [("legal/nimbus-site.md", "The customer is responsible for confirming that a Nimbus installation complies with local building and fire codes. Nimbus requires a minimum ceiling height of 2.3 m and a standard 120 V outlet within 2 m. Nimbus ceilings are open to sprinkler coverage in the Nimbus Open variant only."),
    ("legal/nimbus-site.md", "Halcyon Works, Inc. is not responsible for delays caused by inadequate site conditions."),
    ("marketing/products/nimbus-duo.md", "Nimbus Duo pre-orders open August 4, 2026.", D)]
   ,
   """
Nimbus Installation: Site Requirements

1. The customer (the "Customer") shall be responsible for confirming that the installation complies with all applicable local building and fire codes [1].
2. The installation site shall provide a minimum ceiling height of 2.3 m and a standard 120 V outlet within 2 m of the pod (the "Site Requirements") [1].
3. Open ceilings permitting sprinkler coverage are available in the Nimbus Open variant only [1].
4. Halcyon Works, Inc. shall not be responsible for any delay caused by the Customer's failure to meet the Site Requirements or by otherwise inadequate site conditions [2].
""")

ex("FCC compliance statement for the Lumen lamp manual",
   [("legal/fcc-lumen.md", "Lumen (model HL-200) contains FCC ID 2AX7H-HL200. The device complies with Part 15 of the FCC Rules. Operation is subject to two conditions: it may not cause harmful interference, and it must accept any interference received."),
    ("legal/fcc-lumen.md", "Changes not expressly approved by Halcyon Works, Inc. could void the user's authority to operate the equipment.")]
   ,
   """
FCC Compliance Statement

1. The Lumen lamp, model HL-200 (the "Device"), contains FCC ID 2AX7H-HL200 [1].
2. The Device complies with Part 15 of the FCC Rules [1].
3. Operation is subject to the following two conditions:
3.1 the Device may not cause harmful interference; and
3.2 the Device must accept any interference received, including interference that may cause undesired operation [1].
4. Changes or modifications not expressly approved by Halcyon Works, Inc. could void the user's authority to operate the Device [2].
""")

ex("Battery safety and disposal notice for the Lumen Mini",
   [("legal/battery-lumen-mini.md", "Lumen Mini contains a non-removable 3.7 V, 2,600 mAh lithium-ion battery. Do not expose to temperatures above 45°C or attempt to open the housing. Dispose of at a battery recycling point; do not place in household waste."),
    ("legal/battery-lumen-mini.md", "Halcyon Works, Inc. accepts Lumen Mini units for free recycling via halcyonworks.com/recycle.")]
   ,
   """
Battery Safety and Disposal

1. The Lumen Mini (the "Product") contains a non-removable 3.7 V, 2,600 mAh lithium-ion battery (the "Battery") [1].
2. The user shall not expose the Product to temperatures above 45°C and shall not attempt to open the housing [1].
3. The Product shall not be placed in household waste and shall be disposed of at a battery recycling point [1].
4. Halcyon Works, Inc. accepts the Product for recycling free of charge through halcyonworks.com/recycle [2].
""")

ex("EU declaration of conformity summary for the Atlas Pro",
   [("legal/doc-atlas-pro.md", "EU Declaration of Conformity of Halcyon Works, Inc.: Atlas Pro (models AP-140, AP-160, AP-180) complies with the Machinery Directive 2006/42/EC, the EMC Directive 2014/30/EU and the RoHS Directive 2011/65/EU. Signed in Portland on January 15, 2026 by VP Engineering Tomasz Brzezinski."),
    ("legal/doc-atlas-pro.md", "EU authorised representative: Halcyon Works Europe GmbH, Torstraße 140, Berlin.")]
   ,
   """
EU Declaration of Conformity (Summary)

1. Halcyon Works, Inc. declares that the Atlas Pro desk, models AP-140, AP-160 and AP-180 (the "Product"), complies with the following directives (the "Directives") [1]:
1.1 the Machinery Directive 2006/42/EC;
1.2 the EMC Directive 2014/30/EU; and
1.3 the RoHS Directive 2011/65/EU.
2. The declaration was signed in Portland on January 15, 2026 by Tomasz Brzezinski, VP Engineering [1].
3. The authorised representative in the EU is Halcyon Works Europe GmbH, Torstraße 140, Berlin [2].
""")

ex("WEEE take-back notice for customers in Germany",
   [("legal/weee-de.md", "Under the German ElektroG, Halcyon Works Europe GmbH takes back old electrical equipment free of charge when a customer buys equivalent new equipment, and accepts small devices (under 25 cm) free of charge without a purchase. WEEE registration number DE 12345678."),
    ("legal/weee-de.md", "Customers are responsible for deleting personal data on old devices before return.")]
   ,
   """
Notice on the Return of Waste Electrical Equipment

1. In accordance with the German ElektroG, Halcyon Works Europe GmbH (the "Distributor") shall take back old electrical equipment free of charge where the customer purchases equivalent new equipment [1].
2. The Distributor shall accept small devices measuring under 25 cm free of charge, without any purchase being required [1].
3. The customer shall be responsible for deleting any personal data stored on an old device before its return [2].
4. The WEEE registration number of the Distributor is DE 12345678 [1].
""")

ex("Procedure clause for reporting shipping damage",
   [("legal/terms-of-sale.md", "Visible damage must be noted on the carrier's delivery receipt. Concealed damage must be reported to Halcyon Works, Inc. within 7 days of delivery with photos of the item and packaging. Packaging must be retained until the claim is resolved."),
    ("legal/terms-of-sale.md", "Halcyon will repair, replace or refund damaged items at its option.")]
   ,
   """
8. Damage in Transit
8.1 The Customer shall note any visible damage on the carrier's delivery receipt at the time of delivery [1].
8.2 The Customer shall report any concealed damage to Halcyon Works, Inc. ("Halcyon") within seven (7) days of delivery, together with photographs of the item and its packaging [1].
8.3 The Customer shall retain all packaging until the claim is resolved [1].
8.4 Subject to the Customer's compliance with clauses 8.1 to 8.3, Halcyon shall, at its option, repair, replace or refund the damaged item [2].
""")

ex("Clause on failed deliveries and storage charges",
   [("legal/delivery-terms.md", "If a delivery fails because the customer is unavailable, Halcyon Works, Inc. will attempt redelivery once free of charge. After a second failed attempt, goods are returned to the warehouse and stored free for 14 days, then at $10 per day. Goods unclaimed after 60 days may be cancelled with a refund less shipping costs.")]
   ,
   """
7. Failed Delivery
7.1 Where a delivery fails because the Customer is unavailable, Halcyon Works, Inc. ("Halcyon") shall attempt one redelivery free of charge [1].
7.2 Following a second failed attempt, the goods shall be returned to the warehouse and stored free of charge for fourteen (14) days, after which storage shall be charged at $10 per day (the "Storage Fee") [1].
7.3 Halcyon may cancel any order for goods that remain unclaimed sixty (60) days after the second failed attempt, in which case the Customer shall receive a refund less shipping costs [1].
""")

ex("Order cancellation policy for the terms of sale",
   [("legal/terms-of-sale.md", "Customers may cancel an order free of charge before it ships. Orders for custom tops or engraved items cannot be cancelled after 24 hours. Orders cancelled after shipping are treated as returns."),
    ("legal/terms-of-sale.md", "Halcyon Works, Inc. may cancel an order if stock is unavailable or if fraud is suspected, and will refund any payment in full."),
    ("people/anti-bribery-policy.md", "Gifts to customers may not exceed $100.", D)]
   ,
   """
5. Cancellation
5.1 The Customer may cancel an order free of charge at any time before it ships [1].
5.2 Notwithstanding clause 5.1, orders for custom tops or engraved items (the "Custom Orders") may not be cancelled more than twenty-four (24) hours after they are placed [1].
5.3 An order cancelled after shipping shall be treated as a return [1].
5.4 Halcyon Works, Inc. may cancel an order where stock is unavailable or fraud is suspected, in which event any payment shall be refunded in full [2].
""")

ex("Pricing errors clause",
   [("legal/terms-of-sale.md", "If a product is listed at an incorrect price due to a typographical or system error, Halcyon Works, Inc. may cancel the order even after confirmation, provided it notifies the customer and refunds any amount charged within 5 business days."),
    ("marketing/campaigns/flash-sale-0312.md", "Vega Dual flash sale price $169 on March 12, 2026.", D)]
   ,
   """
6. Pricing Errors
6.1 Where a product is listed at an incorrect price as a result of a typographical or system error (a "Pricing Error"), Halcyon Works, Inc. ("Halcyon") may cancel the affected order, notwithstanding that the order has been confirmed [1].
6.2 The right in clause 6.1 is subject to Halcyon notifying the Customer and refunding any amount charged within five (5) business days [1].
6.3 Nothing in this clause shall oblige the Customer to pay any amount in excess of the price confirmed at checkout.
""")

ex("Sales tax clause for B2B invoices",
   [("legal/volume-agreement.md", "Prices exclude sales tax, VAT and similar taxes. Halcyon Works, Inc. will add applicable taxes to invoices unless the customer provides a valid exemption certificate before invoicing. The customer is responsible for any tax assessed because of an invalid certificate.")]
   ,
   """
10. Taxes
10.1 All prices are exclusive of sales tax, value added tax and similar taxes (together, "Taxes") [1].
10.2 Halcyon Works, Inc. ("Halcyon") shall add applicable Taxes to each invoice, unless the Customer provides a valid exemption certificate (an "Exemption Certificate") before the invoice is issued [1].
10.3 The Customer shall be responsible for any Taxes assessed as a result of an invalid Exemption Certificate [1].
""")

ex("EU right of withdrawal notice for online orders",
   [("legal/eu-consumer.md", "EU consumers may withdraw from an online purchase within 14 days of receiving the goods without giving a reason. Halcyon Works Europe GmbH refunds all payments, including standard delivery costs, within 14 days of receiving the withdrawal notice, but may withhold the refund until goods are returned."),
    ("legal/eu-consumer.md", "The right of withdrawal does not apply to custom-made goods, such as engraved desktops."),
    ("policies/returns.md", "US customers may return furniture within 30 days of delivery.", D)]
   ,
   """
Right of Withdrawal

1. A consumer in the EU (the "Consumer") may withdraw from an online purchase within fourteen (14) days of receiving the goods, without giving any reason (the "Withdrawal Period") [1].
2. Halcyon Works Europe GmbH (the "Seller") shall refund all payments received, including standard delivery costs, within fourteen (14) days of receiving notice of withdrawal [1].
3. The Seller may withhold the refund until the goods have been returned [1].
4. The right of withdrawal shall not apply to custom-made goods, including engraved desktops [2].
""")

ex("Consumer notice for Canadian customers about prices and duties",
   [("legal/canada-terms.md", "For orders shipped to Canada, Halcyon Works, Inc. acts as importer of record. Prices are in Canadian dollars and include duties and GST/HST. Quebec residents are served in accordance with the Consumer Protection Act (Quebec)."),
    ("legal/canada-terms.md", "Returns from Canada are accepted within 30 days; return shipping is free.")]
   ,
   """
Notice to Customers in Canada

1. For orders shipped to Canada, Halcyon Works, Inc. ("Halcyon") acts as importer of record [1].
2. Prices are stated in Canadian dollars and include duties and GST/HST [1].
3. Residents of Quebec are served in accordance with the Consumer Protection Act (Quebec) [1].
4. Returns from Canada are accepted within thirty (30) days of delivery, and return shipping is provided free of charge [2].
""")

ex("Legal notice (Impressum) for the German website",
   [("legal/impressum.md", "Provider: Halcyon Works Europe GmbH, Torstraße 140, 10119 Berlin. Managing director: Katrin Vogel. Commercial register: Amtsgericht Charlottenburg, HRB 245118. VAT ID: DE 341 998 210; email: kontakt@halcyonworks.de."),
    ("legal/impressum.md", "Halcyon Works Europe GmbH is a wholly owned subsidiary of Halcyon Works, Inc., Portland, Oregon.")]
   ,
   """
Legal Notice (Impressum)

1. Provider. The provider of this website is Halcyon Works Europe GmbH, Torstraße 140, 10119 Berlin (the "Provider") [1].
2. Management. The managing director is Katrin Vogel [1].
3. Registration. The Provider is registered with the Amtsgericht Charlottenburg under HRB 245118 [1].
4. VAT. The VAT identification number is DE 341 998 210 [1].
5. Contact. Enquiries may be sent to kontakt@halcyonworks.de [1].
6. Ownership. The Provider is a wholly owned subsidiary of Halcyon Works, Inc., Portland, Oregon [2].
""")

ex("List of warranty exclusions for the Orion chair",
   [("legal/warranty-orion.md", "The Orion warranty excludes: normal wear of fabric and foam; damage from use by persons over 150 kg; damage from unauthorised repairs; use outdoors; and pet damage. Gas cylinders are covered for 10 years."),
    ("legal/warranty-orion.md", "Halcyon Works, Inc. may require photographs or return of the chair to assess a claim.")]
   ,
   """
4. Exclusions
4.1 The Orion warranty (the "Warranty") shall not cover:
(a) normal wear of fabric and foam;
(b) damage arising from use by any person weighing over 150 kg;
(c) damage arising from unauthorised repairs;
(d) outdoor use; or
(e) damage caused by pets [1].
4.2 Notwithstanding clause 4.1, gas cylinders are covered for ten (10) years [1].
4.3 Halcyon Works, Inc. may require photographs or the return of the chair in order to assess a claim [2].
""")

ex("Warranty terms for commercial and multi-shift use",
   [("legal/warranty-commercial.md", "For business customers, Atlas and Orion warranties apply to single-shift use up to 8 hours per day. Multi-shift use (for example, call centres) is covered for half the standard period. Halcyon Works, Inc. offers a 24/7 Use Rider for $60 per unit restoring full coverage.")]
   ,
   """
Commercial Use Warranty Terms

1. For business customers, the Atlas and Orion warranties (the "Warranties") apply to single-shift use of up to eight (8) hours per day [1].
2. Where a product is used in multiple shifts, including in call centres ("Multi-Shift Use"), the Warranties shall apply for one half of the standard period [1].
3. Halcyon Works, Inc. offers a 24/7 Use Rider (the "Rider") at $60 per unit [1].
4. Where the Rider is purchased, full coverage shall apply notwithstanding Multi-Shift Use [1].
""")

ex("Disclaimer of implied warranties for the consumer terms",
   [("legal/terms-of-sale.md", "Except for the express limited warranty, Halcyon Works, Inc. disclaims all implied warranties, including merchantability and fitness for a particular purpose, to the extent permitted by law. Where implied warranties cannot be disclaimed, they are limited to the duration of the express warranty."),
    ("legal/terms-of-sale.md", "Some states do not allow limitations on implied warranties, so these limitations may not apply.")]
   ,
   """
14. Disclaimer of Implied Warranties
14.1 Save for the express limited warranty (the "Limited Warranty"), Halcyon Works, Inc. disclaims all implied warranties, including the implied warranties of merchantability and fitness for a particular purpose, to the extent permitted by law [1].
14.2 Where an implied warranty cannot lawfully be disclaimed, it shall be limited to the duration of the Limited Warranty [1].
14.3 Certain states do not permit limitations on implied warranties, and the limitations in this clause 14 may therefore not apply to every Customer [2].
""")

ex("Letter declining a Halcyon Care claim for an excluded cause",
   [("crm/care-claim-55120.md", "Halcyon Care claim HC-55120 for a Lumen lamp, submitted October 2, 2026, reports a cracked base. Inspection found the crack resulted from the lamp being modified with a non-Halcyon battery pack."),
    ("legal/halcyon-care-terms.md", "Halcyon Care, provided by Halcyon Works, Inc., excludes damage caused by modifications or non-Halcyon parts. Declined claims may be appealed within 30 days by email to care-appeals@halcyonworks.com.")]
   ,
   """
Re: Halcyon Care Claim HC-55120

1. Halcyon Works, Inc. ("Halcyon") refers to the claim submitted on October 2, 2026 in respect of a Lumen lamp with a cracked base (the "Claim") [1].
2. Inspection established that the crack resulted from modification of the lamp with a non-Halcyon battery pack [1].
3. The Halcyon Care terms exclude damage caused by modifications or by non-Halcyon parts [2]. Accordingly, Halcyon is unable to approve the Claim.
4. The plan holder may appeal this decision within thirty (30) days by email to care-appeals@halcyonworks.com [2].
""")

ex("Reply to a customer asking whether fitting a third-party desktop voids the Atlas warranty",
   [("legal/warranty.md", "Under the Halcyon Works, Inc. warranty terms, fitting a third-party desktop does not void the Atlas frame or motor warranty, provided the top weighs no more than the rated load and is attached using the supplied brackets. Damage caused by the third-party top itself is not covered."),
    ("crm/case-90411.md", "Customer asks about fitting a 180 x 90 cm reclaimed oak top to an Atlas Pro."),
    ("products/atlas-pro-specs.md", "Atlas Pro lift speed is 38 mm/s.", D)]
   ,
   """
Re: Use of a Third-Party Desktop

1. Halcyon Works, Inc. ("Halcyon") refers to the inquiry concerning the fitting of a 180 x 90 cm reclaimed oak top (the "Third-Party Top") to an Atlas Pro desk [2].
2. Fitting the Third-Party Top shall not void the Atlas frame or motor warranty, provided that:
2.1 the Third-Party Top weighs no more than the rated load; and
2.2 it is attached using the supplied brackets [1].
3. Any damage caused by the Third-Party Top itself shall not be covered [1].
""")

ex("Reply to a customer asking for a refund of the difference after a price drop",
   [("legal/price-protection.md", "Halcyon Works, Inc. refunds the difference if it lowers the price of an item within 14 days of delivery, upon request. Price protection excludes flash sales, Black Friday pricing and clearance."),
    ("crm/case-77310.md", "Customer bought a Vega Single for $149, delivered June 24, 2026; the price fell to $119 on July 1, 2026.")]
   ,
   """
Re: Price Adjustment Request, Vega Single

1. Halcyon Works, Inc. ("Halcyon") refers to the purchase of a Vega Single at $149, delivered on June 24, 2026 (the "Purchase") [2].
2. Under the price protection policy, Halcyon shall refund the difference where it lowers the price of an item within fourteen (14) days of delivery, upon request [1].
3. The price of the Vega Single was reduced to $119 on July 1, 2026, which falls within that period [2].
4. Accordingly, and provided that the reduction is not a flash sale, Black Friday or clearance price, the customer is eligible for a refund of the difference [1].
""")

ex("Reply to an employee of a Fleet customer asking whether their manager can see their individual desk usage",
   [("legal/fleet-privacy-faq.md", "Fleet shows booking history by name to the employee and to admins the customer designates. Occupancy sensor data is anonymous and never linked to a named person. Halcyon Works, Inc. processes Fleet data on behalf of the employer, which decides access rights."),
    ("legal/fleet-privacy-faq.md", "Employees should direct requests about their data to their employer's privacy contact.")]
   ,
   """
Re: Visibility of Individual Desk Usage in Halcyon Fleet

1. Halcyon Works, Inc. ("Halcyon") processes Fleet data on behalf of the employer (the "Employer"), which determines access rights [1].
2. Booking history is displayed by name to the individual employee and to administrators designated by the Employer [1].
3. Occupancy sensor data is anonymous and is never linked to a named person [1].
4. Accordingly, whether a particular manager may view booking history depends on the access rights set by the Employer.
5. Requests concerning personal data should be directed to the Employer's privacy contact [2].
""")

ex("Confirm a request to correct inaccurate personal data",
   [("crm/rectification-2026-19.md", "Request RECT-19 received September 3, 2026: the customer asks Halcyon Works, Inc. to correct the billing name and postal address on their account. Identity verified on September 4, 2026."),
    ("legal/dsar-procedure.md", "Rectification requests are completed within one month; recipients to whom data was disclosed are informed where feasible."),
    ("legal/deletion-procedure.md", "Deleted accounts are erased within 30 days; invoices are kept for 7 years.", D)]
   ,
   """
Re: Rectification Request RECT-19

1. Halcyon Works, Inc. ("Halcyon") acknowledges receipt on September 3, 2026 of the request to correct the billing name and postal address held on the account (the "Request") [1].
2. The identity of the requester was verified on September 4, 2026 [1].
3. Halcyon shall complete the Request within one month of receipt [2].
4. Where feasible, Halcyon shall inform any recipient to whom the inaccurate data was disclosed of the correction [2].
""")

ex("Reply to a subscriber complaining they still receive marketing emails after unsubscribing",
   [("legal/email-marketing.md", "Halcyon Works, Inc. processes unsubscribe requests within 10 business days as required by the CAN-SPAM Act. Transactional emails (order confirmations, safety notices) continue after unsubscribing."),
    ("crm/case-81022.md", "Subscriber unsubscribed on November 3, 2026 and received a promotional email on November 6, 2026.")]
   ,
   """
Re: Continued Marketing Emails

1. Halcyon Works, Inc. ("Halcyon") refers to the unsubscribe request made on November 3, 2026 and the promotional email received on November 6, 2026 [2].
2. In accordance with the CAN-SPAM Act, unsubscribe requests are processed within ten (10) business days [1]. The email of November 6, 2026 was sent within that period [2].
3. No further promotional emails shall be sent to the subscriber once processing is complete.
4. Transactional emails, including order confirmations and safety notices, shall continue to be sent [1].
""")

ex("Summary of the policy on responding to law enforcement data requests",
   [("legal/law-enforcement-policy.md", "Halcyon Works, Inc. discloses user data to government agencies only in response to valid legal process, such as a subpoena or warrant. Halcyon notifies affected users before disclosure unless legally prohibited. Emergency requests involving imminent danger may be answered without process."),
    ("legal/transparency-2025.md", "In 2025 Halcyon received 9 government requests and disclosed data in response to 3.")]
   ,
   """
Law Enforcement Requests: Policy Summary

1. Halcyon Works, Inc. ("Halcyon") discloses user data to government agencies only in response to valid legal process, such as a subpoena or warrant ("Legal Process") [1].
2. Halcyon notifies affected users before disclosure, unless notification is prohibited by law [1].
3. Halcyon may respond without Legal Process to an emergency request involving imminent danger [1].
4. In 2025, Halcyon received nine (9) government requests and disclosed data in response to three (3) of them [2].
""")

ex("Safe harbour terms for security researchers in the vulnerability disclosure policy",
   [("legal/vdp.md", "Halcyon Works, Inc. will not pursue legal action against researchers who act in good faith, avoid privacy violations and service disruption, and report vulnerabilities to security@halcyonworks.com. Researchers must allow 90 days before public disclosure. Testing of production Fleet customer data is prohibited."),
    ("legal/vdp.md", "Eligible findings on Helix firmware and the Halcyon app may receive rewards from $250 to $10,000.")]
   ,
   """
Vulnerability Disclosure: Safe Harbour

1. Halcyon Works, Inc. ("Halcyon") shall not pursue legal action against any researcher (a "Researcher") who:
1.1 acts in good faith;
1.2 avoids privacy violations and disruption of service; and
1.3 reports the vulnerability to security@halcyonworks.com [1].
2. The Researcher shall allow ninety (90) days before any public disclosure [1].
3. Testing against production Fleet customer data is prohibited [1].
4. Eligible findings concerning Helix firmware or the Halcyon app may qualify for rewards of $250 to $10,000 [2].
""")

ex("Trademark licence clause for authorised dealers",
   [("legal/dealer-agreement.md", "Authorised dealers of Halcyon Works, Inc. receive a non-exclusive, royalty-free licence to use the Halcyon, Atlas and Orion marks solely to advertise genuine Halcyon products. Dealers must follow the brand guidelines and may not register domain names containing Halcyon marks. The licence ends when the dealer agreement ends.")]
   ,
   """
7. Trademark Licence
7.1 Halcyon Works, Inc. ("Halcyon") grants the Dealer a non-exclusive, royalty-free licence to use the Halcyon, Atlas and Orion marks (the "Marks") solely to advertise genuine Halcyon products [1].
7.2 The Dealer shall comply with the brand guidelines and shall not register any domain name containing the Marks [1].
7.3 The licence in clause 7.1 shall terminate automatically upon termination of this dealer agreement [1].
""")

ex("Minimum advertised price policy summary for dealers",
   [("legal/map-policy.md", "Halcyon Works, Inc.'s unilateral MAP policy: authorised dealers may sell at any price but may not advertise Atlas, Orion or Nimbus below the minimum advertised price. Violations lead to a 30-day suspension of supply on the first occurrence and termination on the third."),
    ("legal/map-policy.md", "Halcyon-approved promotional periods override MAP; in-store prices are not advertisements."),
    ("finance/q4-results.md", "Q4 revenue grew 18%.", D)]
   ,
   """
Minimum Advertised Price Policy: Summary

1. This is a unilateral policy of Halcyon Works, Inc. ("Halcyon") (the "MAP Policy") [1].
2. Authorised dealers may sell at any price, provided that they shall not advertise Atlas, Orion or Nimbus products below the minimum advertised price [1].
3. Prices offered during Halcyon-approved promotional periods override the MAP Policy, and in-store prices are not advertisements [2].
4. A first violation shall result in a thirty (30) day suspension of supply, and a third violation shall result in termination [1].
""")

ex("Notice terminating a distributor agreement for non-payment",
   [("legal/contracts/nordic-office-supply.md", "Distributor: Nordic Office Supply AB. Invoices totalling $84,300 are overdue since March 31, 2026. Halcyon Works, Inc. sent a cure notice on April 15, 2026 giving 30 days to pay; no payment was received."),
    ("legal/contracts/nordic-office-supply.md", "Clause 16.2 of the distribution agreement allows termination for uncured payment default.")]
   ,
   """
Notice of Termination

1. Halcyon Works, Inc. ("Halcyon") refers to the distribution agreement with Nordic Office Supply AB (the "Distributor") [1].
2. Invoices totalling $84,300 have been overdue since March 31, 2026 (the "Outstanding Amount") [1].
3. By notice dated April 15, 2026, Halcyon granted the Distributor thirty (30) days to pay the Outstanding Amount, and no payment was received [1].
4. Halcyon hereby terminates the agreement pursuant to clause 16.2, which permits termination for uncured payment default [2].
5. The Outstanding Amount remains due, and Halcyon reserves all rights.
""")

ex("Mutual confidentiality clause for partnership talks with Kessler Coffee",
   [("legal/nda-kessler.md", "Mutual NDA between Halcyon Works, Inc. and Kessler Coffee Roasters, effective January 12, 2026, covering the Nimbus Café Edition project. Confidentiality lasts 3 years from disclosure. Excludes information that is public, already known, or independently developed."),
    ("legal/nda-kessler.md", "Governing law: Washington State.")]
   ,
   """
2. Confidentiality
2.1 Each of Halcyon Works, Inc. and Kessler Coffee Roasters (each, a "Party") shall keep confidential all information disclosed by the other Party in connection with the Nimbus Café Edition project (the "Confidential Information"), with effect from January 12, 2026 [1].
2.2 The obligations in clause 2.1 shall continue for three (3) years from the date of each disclosure [1].
2.3 Confidential Information excludes information that is public, already known to the receiving Party, or independently developed [1].
3. Governing Law
3.1 This agreement is governed by the laws of Washington State [2].
""")

ex("Co-marketing clause on use of partner logos",
   [("legal/comarketing-stretchly.md", "Under the co-marketing agreement between Halcyon Works, Inc. and Stretchly, each party may use the other's logo only in materials approved in writing by the other party, with approval not unreasonably withheld and given within 5 business days. Either party may require removal of its logo on 10 days' notice.")]
   ,
   """
4. Use of Logos
4.1 Each of Halcyon Works, Inc. and Stretchly (each, a "Party") may use the logo of the other Party only in materials approved in writing by that Party (the "Approved Materials") [1].
4.2 Approval shall not be unreasonably withheld and shall be given or refused within five (5) business days of request [1].
4.3 Either Party may require removal of its logo from the Approved Materials upon ten (10) days' notice [1].
""")

ex("User content licence clause for the website terms of use",
   [("legal/site-terms.md", "Users who post reviews, photos or forum content on Halcyon sites retain ownership but grant Halcyon Works, Inc. a worldwide, non-exclusive, royalty-free licence to use, reproduce and display the content in connection with Halcyon's business. Users confirm they have the rights to what they post."),
    ("legal/site-terms.md", "Halcyon may remove content at its discretion.")]
   ,
   """
6. User Content
6.1 Any review, photograph or forum post submitted to a Halcyon site (the "User Content") remains the property of the user who submits it (the "User") [1].
6.2 The User grants Halcyon Works, Inc. ("Halcyon") a worldwide, non-exclusive, royalty-free licence to use, reproduce and display the User Content in connection with Halcyon's business [1].
6.3 The User confirms that the User holds all rights necessary to submit the User Content [1].
6.4 Halcyon may remove User Content at its discretion [2].
""")

ex("App store terms clause acknowledging Apple for the iOS app",
   [("legal/app-eula.md", "The Halcyon app end-user licence is concluded between the user and Halcyon Works, Inc. only, not Apple Inc. Apple has no obligation to provide maintenance or support. Apple and its subsidiaries are third-party beneficiaries of the licence and may enforce it.")]
   ,
   """
12. Apple-Specific Terms
12.1 This end-user licence (the "Licence") is concluded between the user and Halcyon Works, Inc. only, and not with Apple Inc. ("Apple") [1].
12.2 Apple has no obligation to provide any maintenance or support services in respect of the Halcyon app [1].
12.3 Apple and its subsidiaries are third-party beneficiaries of the Licence and may enforce it against the user [1].
""")

ex("Product review moderation policy",
   [("legal/reviews-policy.md", "Halcyon Works, Inc. publishes all product reviews, positive or negative, except those containing profanity, personal data, or content unrelated to the product. Reviews written by employees or in exchange for incentives are labelled. Halcyon does not edit review text."),
    ("legal/reviews-policy.md", "The policy reflects the FTC rule on consumer reviews and testimonials effective October 21, 2024.")]
   ,
   """
Product Review Policy

1. Halcyon Works, Inc. ("Halcyon") publishes all product reviews (each, a "Review"), whether positive or negative [1].
2. Notwithstanding clause 1, Halcyon shall not publish a Review that contains profanity, personal data or content unrelated to the product [1].
3. Reviews written by employees, or provided in exchange for an incentive, are labelled as such [1].
4. Halcyon does not edit the text of any Review [1].
5. This policy reflects the FTC rule on consumer reviews and testimonials, effective October 21, 2024 [2].
""")

ex("Consent wording for the marketing email checkbox at checkout",
   [("legal/consent-copy.md", "The marketing opt-in checkbox must be unticked by default. Consent covers emails from Halcyon Works, Inc. about products, offers and events, up to 4 per month. Users can withdraw consent via the unsubscribe link in any email."),
    ("legal/consent-copy.md", "Consent is not a condition of purchase.")]
   ,
   """
Marketing Email Consent

1. The checkbox shall be unticked by default [1].
2. By ticking the checkbox, the customer (the "Subscriber") consents to receive emails from Halcyon Works, Inc. about products, offers and events, not exceeding four (4) per month [1].
3. Consent is not a condition of purchase [2].
4. The Subscriber may withdraw consent at any time by means of the unsubscribe link contained in any such email [1].
""")

ex("SMS marketing terms for the text-message program",
   [("legal/sms-terms.md", "By opting in, customers agree to receive recurring automated marketing texts from Halcyon Works, Inc. at the number provided, up to 6 per month. Consent is not a condition of purchase. Reply STOP to cancel and HELP for help. Message and data rates may apply."),
    ("marketing/campaigns/black-friday-2026.md", "Early-access links are sent by SMS to opted-in members.", D)]
   ,
   """
SMS Program Terms

1. By opting in, the subscriber (the "Subscriber") agrees to receive recurring automated marketing text messages from Halcyon Works, Inc. at the number provided, not exceeding six (6) messages per month [1].
2. Consent is not a condition of purchase [1].
3. The Subscriber may cancel at any time by replying STOP, and may obtain assistance by replying HELP [1].
4. Message and data rates may apply [1].
""")

ex("Terms for points in the Halcyon Rewards program",
   [("legal/rewards-terms.md", "Halcyon Rewards points are earned at 5 points per $1 of eligible spend and expire 18 months after being earned. Points have no cash value and cannot be transferred. Halcyon Works, Inc. may amend the program with 30 days' notice."),
    ("legal/rewards-terms.md", "Points are reversed if the related purchase is returned.")]
   ,
   """
Halcyon Rewards: Points Terms

1. Earning. Members earn five (5) points for each $1 of eligible spend (the "Points") [1].
2. Expiry. Points expire eighteen (18) months after the date on which they are earned [1].
3. Reversal. Points shall be reversed if the related purchase is returned [2].
4. Nature of Points. Points have no cash value and may not be transferred [1].
5. Amendment. Halcyon Works, Inc. may amend the program upon thirty (30) days' notice [1].
""")

ex("Commission and termination clauses for the ambassador agreement",
   [("legal/ambassador-agreement.md", "Ambassadors earn 10% commission on net sales made through their tracked link, paid monthly once earnings exceed $50. Either party may end the agreement with 14 days' written notice; Halcyon Works, Inc. may terminate immediately for undisclosed paid posts."),
    ("legal/ambassador-agreement.md", "Commission is not payable on orders that are returned or cancelled.")]
   ,
   """
3. Commission
3.1 The Ambassador shall earn a commission of 10% on net sales made through the Ambassador's tracked link (the "Commission") [1].
3.2 Commission shall be paid monthly once accrued earnings exceed $50 [1].
3.3 No Commission shall be payable on orders that are returned or cancelled [2].
4. Termination
4.1 Either party may terminate this agreement upon fourteen (14) days' written notice [1].
4.2 Halcyon Works, Inc. may terminate this agreement immediately if the Ambassador publishes a paid post without disclosure [1].
""")

ex("Employee purchase program rules",
   [("people/employee-purchase.md", "Employees of Halcyon Works, Inc. may buy products at 40% off list, up to $3,000 of list value per calendar year. Products are for personal or family use and may not be resold within 12 months. Eligibility begins after 90 days of employment.")]
   ,
   """
Employee Purchase Program Rules

1. Eligibility. Employees of Halcyon Works, Inc. become eligible after ninety (90) days of employment (each, an "Eligible Employee") [1].
2. Discount. Eligible Employees may purchase products at 40% off list price [1].
3. Annual Limit. Purchases shall not exceed $3,000 of list value per calendar year [1].
4. Use. Products shall be used for personal or family purposes only and shall not be resold within twelve (12) months of purchase [1].
5. Breach of these rules may result in withdrawal of eligibility.
""")

ex("Internal policy summary on contract signature authority",
   [("people/signature-authority.md", "At Halcyon Works, Inc., contracts up to $50,000 may be signed by a department VP; up to $500,000 by the CFO; above $500,000 by the CEO. All contracts must be reviewed by Legal before signature. NDAs on the standard template may be signed by any director."),
    ("people/signature-authority.md", "The policy is owned by General Counsel Priya Okafor.")]
   ,
   """
Signature Authority Policy: Summary

1. Review. Every contract of Halcyon Works, Inc. ("Halcyon") shall be reviewed by the Legal department before signature [1].
2. Thresholds. Contracts shall be signed as follows:
2.1 up to $50,000, by a department VP;
2.2 up to $500,000, by the CFO; and
2.3 above $500,000, by the CEO [1].
3. NDAs. Non-disclosure agreements on the standard template may be signed by any director [1].
4. Ownership. The policy is owned by the General Counsel, Priya Okafor [2].
""")

ex("Legal hold notice to employees about the Barrett & Cole claim",
   [("legal/claims/2026-031.md", "Matter: claim by Barrett & Cole LLP's client concerning an Orion chair (Halcyon ref. 2026-031). Legal hold issued June 12, 2026 to Product Engineering, Quality and Customer Support."),
    ("legal/legal-hold-procedure.md", "Recipients must preserve all documents, emails, chat messages and test data relating to the matter, suspend auto-deletion, and confirm receipt within 5 business days. The hold remains until Legal releases it in writing."),
    ("marketing/campaigns/summer-2026.md", "Orion Mesh $575 during Summer Cool.", D)]
   ,
   """
Legal Hold Notice: Matter 2026-031

1. This notice is issued on June 12, 2026 to the Product Engineering, Quality and Customer Support teams (the "Recipients") in connection with a claim concerning an Orion chair (the "Matter") [1].
2. Each Recipient shall preserve all documents, emails, chat messages and test data relating to the Matter (the "Relevant Materials") [2].
3. Each Recipient shall suspend any automatic deletion affecting the Relevant Materials [2].
4. Each Recipient shall confirm receipt of this notice within five (5) business days [2].
5. This hold remains in effect until released in writing by the Legal department [2].
""")

ex("Whistleblower policy summary for the employee handbook",
   [("people/whistleblower-policy.md", "Employees of Halcyon Works, Inc. may report suspected fraud, safety violations or legal breaches to their manager, to Legal, or anonymously through the EthicsPoint hotline at 1-888-555-0199. Halcyon prohibits retaliation against anyone who reports in good faith."),
    ("people/whistleblower-policy.md", "Reports are reviewed by the Audit Committee chair within 10 business days.")]
   ,
   """
Whistleblower Policy: Summary

1. Scope. Any employee of Halcyon Works, Inc. ("Halcyon") may report suspected fraud, safety violations or breaches of law (a "Concern") [1].
2. Reporting Channels. A Concern may be reported to a manager, to the Legal department, or anonymously through the EthicsPoint hotline at 1-888-555-0199 [1].
3. Review. Each report shall be reviewed by the chair of the Audit Committee within ten (10) business days [2].
4. Non-Retaliation. Halcyon prohibits retaliation against any person who reports a Concern in good faith [1].
""")

ex("Conflict of interest policy summary",
   [("people/coi-policy.md", "Employees must disclose any financial interest above $10,000 in a supplier, customer or competitor of Halcyon Works, Inc., and any outside employment. Disclosures are made annually each January and whenever circumstances change. Employees may not take part in decisions involving a disclosed conflict.")]
   ,
   """
Conflict of Interest Policy: Summary

1. Each employee of Halcyon Works, Inc. (an "Employee") shall disclose:
1.1 any financial interest exceeding $10,000 in a supplier, customer or competitor of Halcyon Works, Inc.; and
1.2 any outside employment (each, a "Conflict") [1].
2. Disclosures shall be made annually each January and whenever circumstances change [1].
3. No Employee shall take part in any decision involving a disclosed Conflict [1].
""")

ex("Policy for engineers contributing to open-source projects",
   [("people/oss-contribution-policy.md", "Engineers at Halcyon Works, Inc. may contribute to open-source projects under MIT, Apache 2.0 or BSD licences without prior approval, provided no confidential code or Helix firmware source is included. Contributions under GPL-family licences require approval from Legal. Contributions are made in the name of Halcyon."),
    ("people/oss-contribution-policy.md", "Approval requests go to oss-review@halcyonworks.com and are answered within 3 business days.")]
   ,
   """
Open-Source Contribution Policy

1. Permitted Licences. Engineers of Halcyon Works, Inc. ("Halcyon") may contribute to projects licensed under the MIT, Apache 2.0 or BSD licences without prior approval (the "Permitted Licences") [1].
2. Conditions. No contribution shall include confidential code or Helix firmware source code [1].
3. GPL-Family Licences. Contributions under GPL-family licences require the prior approval of the Legal department [1].
4. Requests. Approval requests shall be sent to oss-review@halcyonworks.com and shall be answered within three (3) business days [2].
5. Attribution. All contributions are made in the name of Halcyon [1].
""")

ex("Rules for employee use of generative AI tools",
   [("people/ai-use-policy.md", "Employees may use approved AI tools (currently the company's enterprise ChatGPT workspace and GitHub Copilot Business) for work. Employees may not enter customer personal data, unreleased product designs or source code marked confidential into any unapproved tool. AI-generated customer-facing content must be reviewed by a human before publication."),
    ("people/ai-use-policy.md", "Policy effective April 1, 2026; owner: CTO Devendra Rao and General Counsel Priya Okafor.")]
   ,
   """
Generative AI Use Policy

1. Effective Date. This policy takes effect on April 1, 2026 (the "Effective Date") and is owned jointly by the CTO, Devendra Rao, and the General Counsel, Priya Okafor [2].
2. Approved Tools. Employees may use the enterprise ChatGPT workspace and GitHub Copilot Business (the "Approved Tools") for work purposes [1].
3. Prohibited Inputs. No employee shall enter customer personal data, unreleased product designs or source code marked confidential into any tool other than an Approved Tool [1].
4. Review. Any AI-generated content intended for customers shall be reviewed by a person before publication [1].
""")

ex("Security requirements clause for vendors that access customer data",
   [("legal/vendor-security.md", "Vendors processing Halcyon customer data must encrypt data in transit (TLS 1.2+) and at rest (AES-256), enforce multi-factor authentication for administrative access, and report security incidents to Halcyon Works, Inc. within 24 hours. Vendors must hold SOC 2 Type II or ISO 27001 certification.")]
   ,
   """
11. Information Security
11.1 The Vendor shall encrypt all Halcyon customer data (the "Protected Data") in transit using TLS 1.2 or higher and at rest using AES-256 [1].
11.2 The Vendor shall enforce multi-factor authentication for all administrative access to systems holding Protected Data [1].
11.3 The Vendor shall report any security incident affecting Protected Data to Halcyon Works, Inc. within twenty-four (24) hours [1].
11.4 The Vendor shall maintain SOC 2 Type II or ISO 27001 certification throughout the term of this agreement [1].
""")

ex("Terms for giving a prospect access to the Fleet SOC 2 report",
   [("legal/soc2-access.md", "Halcyon Works, Inc. provides its SOC 2 Type II report for Halcyon Fleet to customers and prospects under a click-through NDA. The report may be used only to evaluate Fleet's security and may not be shared outside the recipient's organisation except with its auditors."),
    ("security/fleet-trust.md", "The most recent report covers the period October 1, 2025 to September 30, 2026."),
    ("marketing/programs/rewards.md", "Rewards members earn 5 points per $1.", D)]
   ,
   """
SOC 2 Report Access Terms

1. Halcyon Works, Inc. ("Halcyon") provides its SOC 2 Type II report for Halcyon Fleet (the "Report") to customers and prospects subject to a click-through non-disclosure agreement [1].
2. The Report covers the period October 1, 2025 to September 30, 2026 [2].
3. The recipient (the "Recipient") shall use the Report solely to evaluate the security of Halcyon Fleet [1].
4. The Recipient shall not share the Report outside its organisation, provided that it may share the Report with its auditors [1].
""")

ex("Clause allowing a Fleet customer's affiliates to use the service",
   [("legal/fleet-msa.md", "The customer may permit its affiliates to use Halcyon Fleet under the customer's subscription. The customer remains responsible for its affiliates' compliance with the agreement. Affiliate desk counts are included in the customer's licensed desk total.")]
   ,
   """
3. Use by Affiliates
3.1 The Customer may permit its affiliates (each, an "Affiliate") to use Halcyon Fleet under the Customer's subscription [1].
3.2 Desks used by Affiliates shall count towards the Customer's licensed desk total [1].
3.3 The Customer shall remain responsible for each Affiliate's compliance with this Agreement, and any act or omission of an Affiliate shall be deemed an act or omission of the Customer [1].
""")

ex("Customer data ownership clause for the Fleet agreement",
   [("legal/fleet-msa.md", "As between the parties, the customer owns all data it uploads to or generates in Halcyon Fleet. Halcyon Works, Inc. may use customer data only to provide and support the service. Halcyon may use aggregated, de-identified usage statistics to improve its products, provided they cannot identify the customer or any individual.")]
   ,
   """
8. Customer Data
8.1 As between the parties, the Customer owns all data that it uploads to or generates in Halcyon Fleet (the "Customer Data") [1].
8.2 Halcyon Works, Inc. ("Halcyon") shall use the Customer Data only to provide and support the service [1].
8.3 Notwithstanding clause 8.2, Halcyon may use aggregated and de-identified usage statistics to improve its products, provided that such statistics cannot identify the Customer or any individual [1].
""")

ex("Support terms and response times for Fleet Plus",
   [("legal/fleet-support.md", "Fleet Plus support response targets: Priority 1 (service unavailable) within 1 hour, 24/7; Priority 2 (major feature impaired) within 4 business hours; Priority 3 (other) within 2 business days. Halcyon Works, Inc. determines priority reasonably based on impact."),
    ("legal/fleet-support.md", "Response targets are goals, not guarantees, and do not give rise to service credits."),
    ("legal/fleet-msa.md", "Service credits equal 10% of the monthly fee if uptime falls below 99.9%.", D)]
   ,
   """
Support Terms: Fleet Plus

1. Priority Levels. Halcyon Works, Inc. ("Halcyon") shall assign each request a priority, acting reasonably on the basis of impact [1].
2. Response Targets. Halcyon shall aim to respond:
2.1 to Priority 1 requests (service unavailable) within one (1) hour, 24/7;
2.2 to Priority 2 requests (major feature impaired) within four (4) business hours; and
2.3 to Priority 3 requests (all other matters) within two (2) business days [1].
3. Nature of Targets. Response targets are goals and not guarantees, and no service credit shall arise from any failure to meet them [2].
""")

ex("Free trial terms for Halcyon Fleet",
   [("legal/fleet-trial.md", "The Halcyon Fleet free trial lasts 30 days for up to 200 desks. No payment details are required. Trial data is deleted 30 days after the trial ends unless the customer subscribes. The service is provided as-is during the trial, with no SLA."),
    ("legal/fleet-trial.md", "One trial per organisation.")]
   ,
   """
Fleet Free Trial Terms

1. Scope. The free trial (the "Trial") of Halcyon Fleet lasts thirty (30) days and covers up to 200 desks [1].
2. Eligibility. Each organisation is entitled to one (1) Trial only [2].
3. Payment. No payment details are required to begin the Trial [1].
4. No Warranty. During the Trial, the service is provided "as is", and no service level agreement applies [1].
5. Trial Data. Unless the organisation subscribes, all Trial data shall be deleted thirty (30) days after the Trial ends [1].
""")

ex("Notice of suspension for an overdue Fleet account",
   [("legal/collections/finch-studio.md", "Finch Studio's Fleet invoice INV-2026-4471 for $7,200 was due on August 1, 2026 and remains unpaid. Two reminders were sent. Under the MSA, Halcyon Works, Inc. may suspend access if an invoice is more than 30 days overdue, after 10 days' written notice."),
    ("legal/fleet-msa.md", "Suspension does not relieve the customer of payment obligations; data is retained during suspension.")]
   ,
   """
Notice of Intended Suspension

1. Halcyon Works, Inc. ("Halcyon") refers to invoice INV-2026-4471 issued to Finch Studio (the "Customer") for $7,200, which fell due on August 1, 2026 and remains unpaid (the "Overdue Invoice") [1].
2. The Overdue Invoice is more than thirty (30) days overdue [1].
3. Unless payment is received within ten (10) days of this notice, Halcyon shall suspend the Customer's access to Halcyon Fleet in accordance with the agreement [1].
4. Suspension shall not relieve the Customer of its payment obligations, and the Customer's data shall be retained during any suspension [2].
""")

ex("Key obligations in the Summit sponsorship agreement",
   [("legal/summit-sponsorship.md", "Gold sponsors of Halcyon Summit 2026 pay $25,000 by August 1, 2026 and receive a booth, logo placement and two speaking slots. Sponsors must supply logo files by September 1, 2026 and may not distribute materials that disparage Halcyon Works, Inc. or other sponsors."),
    ("legal/summit-sponsorship.md", "If Halcyon cancels the Summit, the sponsorship fee is refunded in full; sponsor cancellations after August 1 are non-refundable.")]
   ,
   """
Summit Sponsorship: Principal Obligations

1. Fee. Each Gold sponsor (a "Sponsor") shall pay $25,000 by August 1, 2026 [1].
2. Benefits. Each Sponsor shall receive a booth, logo placement and two (2) speaking slots at Halcyon Summit 2026 (the "Summit") [1].
3. Materials. Each Sponsor shall supply logo files by September 1, 2026 and shall not distribute any material that disparages Halcyon Works, Inc. ("Halcyon") or any other Sponsor [1].
4. Cancellation. If Halcyon cancels the Summit, the fee shall be refunded in full; a cancellation by a Sponsor after August 1 shall not entitle the Sponsor to any refund [2].
""")

ex("Second notice for the Vega Dual recall to owners who have not responded",
   [("legal/recall-vega-2026.md", "Second recall notice from Halcyon Works, Inc. for Vega Dual arms with serial numbers VD2511000 to VD2511840. As of September 1, 2026, 312 registered owners have not requested the free replacement clamp. One incident of an arm detaching, without injury, has since been reported."),
    ("legal/recall-vega-2026.md", "Replacement clamps can be requested at halcyonworks.com/recall or by calling 1-800-555-0177.")]
   ,
   """
Second Notice of Voluntary Recall

1. Halcyon Works, Inc. ("Halcyon") issues this second notice to owners of Vega Dual arms bearing serial numbers VD2511000 to VD2511840 (the "Affected Units") [1].
2. As of September 1, 2026, 312 registered owners had not requested the free replacement clamp [1].
3. One incident in which an arm detached, without injury, has since been reported [1].
4. Owners of Affected Units should stop using the arm and request a replacement clamp at halcyonworks.com/recall or by calling 1-800-555-0177 [2].
""")

ex("Safety advisory about a firmware defect affecting anti-collision",
   [("legal/advisory-helix-4.3.0.md", "Helix 4.3.0 may disable anti-collision detection when the sensitivity is set to Low. Helix 4.3.1, released February 20, 2026, corrects the defect. Until updated, users should set sensitivity to Medium or High."),
    ("legal/advisory-helix-4.3.0.md", "About 18,500 Atlas Pro desks installed Helix 4.3.0. Halcyon Works, Inc. will push 4.3.1 automatically to connected desks."),
    ("marketing/releases/app-7.6.md", "App 7.6 adds dark mode.", D)]
   ,
   """
Safety Advisory: Helix 4.3.0

1. Halcyon Works, Inc. ("Halcyon") advises that Helix firmware version 4.3.0 (the "Affected Firmware") may disable anti-collision detection where sensitivity is set to Low [1].
2. The Affected Firmware was installed on approximately 18,500 Atlas Pro desks [2].
3. Helix 4.3.1, released February 20, 2026, corrects the defect [1]. Halcyon shall push Helix 4.3.1 automatically to connected desks [2].
4. Until the update is installed, users should set sensitivity to Medium or High [1].
""")

ex("Tip-over warning for the Atlas with the hutch accessory",
   [("products/atlas-hutch-manual.md", "When the Atlas Hutch (shelf unit) is fitted, the desk must be anchored to the wall with the supplied anti-tip strap. Do not exceed 20 kg on the hutch shelves. Keep the desk at least 10 cm from walls while moving to avoid pinching the strap."),
    ("products/atlas-hutch-manual.md", "Children must not climb on the desk or hutch.")]
   ,
   """
WARNING: Tip-Over Hazard

1. Where the Atlas Hutch shelf unit (the "Hutch") is fitted, the desk shall be anchored to the wall using the supplied anti-tip strap (the "Strap") [1].
2. The load on the Hutch shelves shall not exceed twenty (20) kg [1].
3. While the desk is moving, it shall be kept at least ten (10) cm from any wall to avoid pinching the Strap [1].
4. Children shall not be permitted to climb on the desk or the Hutch [2].
5. Failure to follow these instructions may result in serious injury.
""")

ex("Safety warning about the Orion gas cylinder",
   [("products/orion-manual.md", "The Orion chair uses a Class 4 gas cylinder certified to EN 16955. Only technicians trained by Halcyon Works, Inc. may replace the cylinder. Do not expose the chair to temperatures above 60°C or attempt to disassemble the base."),
    ("products/orion-manual.md", "Replacement cylinders are covered by the 10-year gas cylinder warranty.")]
   ,
   """
WARNING: Gas Cylinder

1. The Orion chair (the "Chair") incorporates a Class 4 gas cylinder certified to EN 16955 (the "Cylinder") [1].
2. Only technicians trained by Halcyon Works, Inc. may replace the Cylinder [1].
3. The user shall not expose the Chair to temperatures above 60°C and shall not attempt to disassemble its base [1].
4. Replacement of the Cylinder is covered by the ten (10) year gas cylinder warranty, subject to clause 2 [2].
""")

ex("Photobiological safety statement for the Lumen lamp",
   [("legal/certifications.md", "Lumen (HL-200) is classified Exempt Group (RG0) under IEC 62471 photobiological safety testing, performed by TÜV Rheinland in November 2025. Flicker is below 1% at all brightness levels."),
    ("legal/certifications.md", "Halcyon Works, Inc. makes no claim that Lumen treats any medical or sleep condition.")]
   ,
   """
Photobiological Safety Statement

1. The Lumen lamp, model HL-200 (the "Product"), is classified in the Exempt Group (RG0) under IEC 62471 (the "Standard") [1].
2. Testing under the Standard was performed by TÜV Rheinland in November 2025 [1].
3. Flicker is below 1% at all brightness levels [1].
4. Halcyon Works, Inc. makes no claim that the Product treats any medical or sleep condition [2].
""")

ex("Occupancy and ventilation disclaimer for the Nimbus pod",
   [("products/nimbus-manual.md", "Nimbus single pods are designed for one occupant. The ventilation system exchanges the full air volume every 60 seconds when powered. Do not use the pod with the fan switched off for more than 30 minutes."),
    ("products/nimbus-manual.md", "Halcyon Works, Inc. recommends annual filter replacement."),
    ("legal/trade-in-terms.md", "Trade-in credit has no cash value.", D)]
   ,
   """
Nimbus: Occupancy and Ventilation

1. The Nimbus single pod (the "Pod") is designed for one (1) occupant only [1].
2. When powered, the ventilation system exchanges the full air volume of the Pod every sixty (60) seconds [1].
3. The Pod shall not be used with the fan switched off for more than thirty (30) minutes [1].
4. Halcyon Works, Inc. recommends that the filter be replaced annually [2].
5. Use of the Pod other than in accordance with this notice is at the user's own risk, subject to applicable law.
""")

ex("Terms for a gift-with-purchase promotion",
   [("legal/promo-gwp-2026.md", "Gift with purchase: customers who buy an Atlas Pro between May 1 and May 31, 2026 receive a free Lumen Mini (retail value $59). While supplies last; limit one gift per order. If the Atlas Pro is returned, the gift must also be returned or its retail value is deducted from the refund.")]
   ,
   """
Gift with Purchase: Terms

1. A customer who purchases an Atlas Pro between May 1 and May 31, 2026 shall receive a Lumen Mini with a retail value of $59 (the "Gift") free of charge [1].
2. The offer is available while supplies last and is limited to one (1) Gift per order [1].
3. If the Atlas Pro is returned, the Gift shall also be returned, failing which its retail value shall be deducted from the refund [1].
""")

ex("Terms for a 24-hour flash sale",
   [("legal/promo-flash-0312.md", "Flash sale on March 12, 2026 from 12:00am to 11:59pm PT: Vega Dual $169. Limit 2 per customer. Price applies to orders placed in the period and cannot be applied retroactively. Halcyon Works, Inc. may end the sale early if stock runs out."),
    ("legal/price-protection.md", "Price protection does not apply to flash sale prices."),
    ("marketing/events/neocon-2026.md", "NeoCon 2026 in Chicago, June 8-10.", D)]
   ,
   """
Flash Sale Terms

1. The sale price of $169 for the Vega Dual (the "Sale Price") applies to orders placed on March 12, 2026 between 12:00am and 11:59pm PT (the "Sale Period") [1].
2. Each customer may purchase no more than two (2) units at the Sale Price [1].
3. The Sale Price shall not be applied retroactively to orders placed outside the Sale Period [1], and price protection shall not apply to it [2].
4. Halcyon Works, Inc. may end the sale before the end of the Sale Period if stock is exhausted [1].
""")

ex("Black Friday offer terms and conditions",
   [("legal/promo-bf-2026.md", "Black Friday offer runs November 25, 2026 12:00am PT to December 1, 2026 11:59pm PT. Discounts: 25% Atlas Pro and Orion, 20% Nimbus, 30% Lumen. Halcyon Care 50% off only when bought with furniture in the same order. Not valid on Halcyon Renewed, gift cards or prior purchases."),
    ("legal/holiday-returns-2026.md", "Items bought November 1 to December 24, 2026 may be returned until January 31, 2027.")]
   ,
   """
Black Friday 2026: Terms

1. Offer Period. The offer runs from November 25, 2026 at 12:00am PT to December 1, 2026 at 11:59pm PT (the "Offer Period") [1].
2. Discounts. The following discounts apply: 25% on Atlas Pro and Orion; 20% on Nimbus; and 30% on Lumen [1].
3. Halcyon Care. A discount of 50% on Halcyon Care applies only where the plan is purchased with furniture in the same order [1].
4. Exclusions. The offer is not valid on Halcyon Renewed products, gift cards or prior purchases [1].
5. Returns. Items purchased during the Offer Period may be returned until January 31, 2027 [2].
""")

ex("Eligibility and verification terms for the back-to-school student discount",
   [("legal/promo-bts-2026.md", "Back-to-school discount of 15% on Atlas S, Lumen and Lumen Mini, August 1-31, 2026, for students with a valid .edu email address. One use per student. Halcyon Works, Inc. may request proof of enrolment and cancel orders that fail verification.")]
   ,
   """
Student Discount Terms

1. Eligibility. The discount is available to students holding a valid .edu email address (each, an "Eligible Student") [1].
2. Offer. Eligible Students may obtain 15% off Atlas S, Lumen and Lumen Mini between August 1 and August 31, 2026 (the "Student Discount") [1].
3. Limit. The Student Discount may be used once per Eligible Student [1].
4. Verification. Halcyon Works, Inc. may request proof of enrolment and may cancel any order that fails verification [1].
""")

ex("Official terms for the Stand Up Challenge in the app",
   [("legal/stand-challenge-terms.md", "Stand Up Challenge, October 1-31, 2026: app users who log 60 standing minutes on 20 days receive a 15% Vega discount code valid until December 31, 2026. Standing minutes are measured by desk height data from a paired Atlas. Halcyon Works, Inc. may disqualify users who manipulate data."),
    ("legal/stand-challenge-terms.md", "The challenge is open to US users aged 18+. No purchase is necessary to participate if the user already owns an Atlas.")]
   ,
   """
Stand Up Challenge: Terms

1. Period. The challenge runs from October 1 to October 31, 2026 (the "Challenge") [1].
2. Eligibility. The Challenge is open to users in the US aged 18 or older [2].
3. Qualification. A participant who logs sixty (60) standing minutes on twenty (20) days shall receive a discount code for 15% off Vega products, valid until December 31, 2026 (the "Reward") [1].
4. Measurement. Standing minutes are measured from desk height data recorded by a paired Atlas desk [1].
5. Disqualification. Halcyon Works, Inc. may disqualify any participant who manipulates data [1].
""")

ex("Terms for the survey completion credit",
   [("legal/survey-terms.md", "Respondents who complete the 2026 Workspace Survey by August 15, 2026 receive a $15 Halcyon credit, issued within 7 days, valid for 12 months, one per household. Responses are analysed in aggregate and not linked to marketing profiles."),
    ("marketing/catalog/b2b-2026.md", "Vega Dual SKU VGA-D-BLK.", D)]
   ,
   """
Survey Credit Terms

1. Any respondent who completes the 2026 Workspace Survey by August 15, 2026 shall receive a credit of $15 (the "Credit") [1].
2. The Credit shall be issued within seven (7) days of completion and shall remain valid for twelve (12) months [1].
3. The Credit is limited to one (1) per household [1].
4. Survey responses are analysed in aggregate and are not linked to marketing profiles [1].
""")

ex("Official rules for the monthly review prize draw",
   [("legal/review-draw-rules.md", "Each verified review posted within 30 days of delivery earns one entry into a monthly draw for a $200 Halcyon gift card. The draw takes place on the 5th of each month. Entry does not depend on the rating given. Open to US residents aged 18+."),
    ("legal/reviews-policy.md", "Incentivised reviews are labelled as such.")]
   ,
   """
Monthly Review Draw: Official Rules

1. Entry. Each verified review posted within thirty (30) days of delivery shall earn one (1) entry into a monthly draw (the "Draw") [1].
2. Prize. The prize in each Draw is a $200 Halcyon gift card [1].
3. Timing. Each Draw shall take place on the 5th day of the month [1].
4. Eligibility. The Draw is open to US residents aged 18 or older [1].
5. Neutrality. Entry does not depend on the rating given, and reviews entered in the Draw are labelled as incentivised [1][2].
""")

ex("Submission terms for the student desk design competition",
   [("legal/design-competition.md", "Halcyon Design Prize 2026 is open to students enrolled in accredited design programmes. Entrants retain copyright in their designs but grant Halcyon Works, Inc. a non-exclusive licence to exhibit and publish entries. If Halcyon wishes to manufacture a design, it will negotiate a separate licence with a minimum royalty of 3% of net sales."),
    ("legal/design-competition.md", "Submissions close March 31, 2026; the winner receives $5,000.")]
   ,
   """
Halcyon Design Prize 2026: Submission Terms

1. Eligibility. The competition is open to students enrolled in accredited design programmes (each, an "Entrant") [1].
2. Deadline. Submissions close on March 31, 2026, and the winner shall receive $5,000 [2].
3. Copyright. Each Entrant retains copyright in the design submitted (the "Design") [1].
4. Licence. Each Entrant grants Halcyon Works, Inc. ("Halcyon") a non-exclusive licence to exhibit and publish the Design [1].
5. Manufacture. Should Halcyon wish to manufacture a Design, it shall negotiate a separate licence with the Entrant providing for a minimum royalty of 3% of net sales [1].
""")

ex("Terms for corporate gifting orders",
   [("legal/corporate-gifting-terms.md", "Corporate gifting orders require a minimum of 20 gifts. Recipient addresses are collected directly from recipients by Halcyon Works, Inc. and used only for delivery; they are not shared with the ordering company. Unclaimed gifts after 60 days are refunded to the company less a 10% handling fee.")]
   ,
   """
Corporate Gifting Terms

1. Minimum Order. Each corporate gifting order (a "Gift Order") shall comprise no fewer than twenty (20) gifts [1].
2. Recipient Data. Halcyon Works, Inc. ("Halcyon") shall collect delivery addresses directly from recipients and shall use them only for delivery [1].
3. Confidentiality. Recipient addresses shall not be shared with the company placing the Gift Order [1].
4. Unclaimed Gifts. Gifts not claimed within sixty (60) days shall be refunded to the ordering company, less a handling fee of 10% [1].
""")

ex("Cancellation fee clause for large volume orders",
   [("legal/volume-agreement.md", "Orders of 100+ units cancelled more than 30 days before the scheduled ship date incur no fee. Cancellations within 30 days incur a fee of 15% of the cancelled value; within 7 days, 35%. Custom-finish orders are non-cancellable once production starts."),
    ("hr/benefits-2026.md", "Dental coverage changes in 2026.", D)]
   ,
   """
5. Cancellation of Volume Orders
5.1 This clause applies to orders of 100 or more units (each, a "Volume Order") [1].
5.2 No fee shall apply to a Volume Order cancelled more than thirty (30) days before the scheduled ship date (the "Ship Date") [1].
5.3 A fee of 15% of the cancelled value shall apply where cancellation occurs within thirty (30) days of the Ship Date, increasing to 35% within seven (7) days of the Ship Date [1].
5.4 Orders with a custom finish may not be cancelled once production has started [1].
""")

ex("Terms of sale specific to the numbered walnut limited edition",
   [("legal/limited-edition-terms.md", "The Limited Edition Atlas Pro is limited to 500 numbered units. Plate numbers are assigned in order of purchase and cannot be chosen. Because each top is unique solid walnut, variations in grain and colour are not defects. Returns are accepted within 14 days only if unassembled."),
    ("legal/limited-edition-terms.md", "Limit one per household.")]
   ,
   """
Limited Edition Atlas Pro: Terms of Sale

1. Edition. The Limited Edition Atlas Pro (the "Edition") is limited to 500 numbered units [1].
2. Allocation. Plate numbers are assigned in order of purchase and may not be selected by the purchaser [1]. Purchases are limited to one (1) per household [2].
3. Natural Material. Each top is unique solid walnut, and variations in grain and colour shall not constitute defects [1].
4. Returns. Returns are accepted within fourteen (14) days, provided that the unit has not been assembled [1].
""")

ex("Forward-looking statements disclaimer for a press release",
   [("legal/pr-disclaimer.md", "Press releases by Halcyon Works, Inc. that refer to future products, launch dates or expected results must carry a forward-looking statements disclaimer noting that actual results may differ due to supply chain, regulatory and market risks, and that Halcyon has no duty to update them."),
    ("press/atlas-junior-teaser.md", "Press release dated November 2, 2026 announcing Atlas Junior, expected in spring 2027.")]
   ,
   """
Forward-Looking Statements

1. This press release, dated November 2, 2026, contains statements concerning future products, including the expected launch of Atlas Junior in spring 2027 (the "Forward-Looking Statements") [2].
2. Actual results may differ materially from those expressed in the Forward-Looking Statements owing to supply chain, regulatory and market risks, among other factors [1].
3. Halcyon Works, Inc. undertakes no duty to update any Forward-Looking Statement [1].
""")

ex("Disclaimer for the ergonomics advice articles on the blog",
   [("legal/blog-disclaimer.md", "Ergonomics articles on the Halcyon blog are for general information and reviewed by certified ergonomist Dr. Marcus Bell. They are not medical advice. Readers with pain or injury should consult a healthcare professional. Halcyon Works, Inc. is not liable for actions taken based on the articles, to the extent permitted by law.")]
   ,
   """
Ergonomics Content Disclaimer

1. Articles concerning ergonomics on the Halcyon blog (the "Articles") are provided for general information only [1].
2. The Articles are reviewed by certified ergonomist Dr. Marcus Bell [1].
3. The Articles do not constitute medical advice [1]. Any reader experiencing pain or injury should consult a healthcare professional [1].
4. To the extent permitted by law, Halcyon Works, Inc. shall not be liable for any action taken in reliance on the Articles [1].
""")

ex("Reply to a customer asking whether they can return an installed Nimbus pod",
   [("policies/returns.md", "Under the Halcyon Works, Inc. returns policy, Nimbus pods cannot be returned once installed. Before installation, orders may be cancelled with a 15% restocking fee. Manufacturing defects in installed pods are handled under the 5-year Nimbus warranty."),
    ("crm/case-92007.md", "Customer's Nimbus pod was installed on April 28, 2026; customer requests a return because the office is relocating."),
    ("legal/fleet-msa.md", "Fleet subscriptions renew for 12-month terms.", D)]
   ,
   """
Re: Return Request, Nimbus Pod

1. Halcyon Works, Inc. ("Halcyon") refers to the request to return the Nimbus pod installed on April 28, 2026 in connection with the relocation of the customer's office (the "Pod") [2].
2. Under the returns policy, Nimbus pods may not be returned once installed [1]. Halcyon is therefore unable to accept the return of the Pod.
3. The restocking option, at a fee of 15%, is available only before installation [1].
4. Any manufacturing defect in the Pod shall continue to be handled under the five (5) year Nimbus warranty [1].
""")

ex("Reply to a German customer asking where their app data is stored",
   [("legal/data-residency.md", "Halcyon Works, Inc. stores Halcyon app accounts created in the EU in AWS eu-central-1 (Frankfurt). Support staff in the US may access account data remotely under the Standard Contractual Clauses. Backups remain in the EU."),
    ("crm/case-de-3310.md", "Customer in Munich asks whether Halcyon app data leaves the EU.")]
   ,
   """
Re: Storage Location of Halcyon App Data

1. Halcyon Works, Inc. ("Halcyon") refers to the inquiry from the customer in Munich concerning the location of Halcyon app data (the "Account Data") [2].
2. Account Data for accounts created in the EU is stored in AWS eu-central-1, Frankfurt, and backups remain in the EU [1].
3. Support staff located in the US may access Account Data remotely, provided that such access is governed by the Standard Contractual Clauses [1].
""")

ex("Reply to a customer asking Halcyon to sign the customer's own DPA",
   [("legal/dpa-policy.md", "Halcyon Works, Inc. uses its standard Fleet Data Processing Addendum for all customers and does not sign customer-drafted DPAs for subscriptions below 1,000 desks. For larger accounts, Legal will review customer DPAs within 15 business days."),
    ("crm/case-dpa-118.md", "Lakeview University (650 desks) asks Halcyon to sign its own DPA.")]
   ,
   """
Re: Request to Execute Customer Data Processing Agreement

1. Halcyon Works, Inc. ("Halcyon") refers to the request from Lakeview University (the "Customer") that Halcyon sign the Customer's own data processing agreement in respect of 650 desks [2].
2. Halcyon applies its standard Fleet Data Processing Addendum (the "Standard DPA") to all customers and does not sign customer-drafted agreements for subscriptions below 1,000 desks [1].
3. Accordingly, the Standard DPA shall govern the Customer's subscription.
4. Should the subscription exceed that threshold, the Legal department shall review a customer-drafted agreement within fifteen (15) business days [1].
""")

ex("Statement to a journalist asking about pending litigation",
   [("legal/media-policy.md", "Halcyon Works, Inc. does not comment on pending litigation. Approved statement for the Orion claim: Halcyon takes product safety seriously, Orion is certified to ANSI/BIFMA X5.1-2017, and the company is cooperating with its insurer."),
    ("legal/media-policy.md", "All media inquiries on legal matters must be answered in writing and approved by General Counsel Priya Okafor.")]
   ,
   """
Statement Regarding Pending Litigation

1. Halcyon Works, Inc. ("Halcyon") does not comment on pending litigation [1].
2. Halcyon takes product safety seriously [1].
3. The Orion chair (the "Product") is certified to ANSI/BIFMA X5.1-2017 [1].
4. Halcyon is cooperating with its insurer in relation to the claim [1].
5. This statement has been approved by the General Counsel, Priya Okafor, and no further comment shall be provided at this time [2].
""")

ex("Notice of changes to the privacy policy",
   [("legal/privacy-changes-2026.md", "Halcyon Works, Inc. will update its Privacy Policy effective September 1, 2026 to add Apple Health and Google Health Connect integration disclosures, name Twilio as a service provider, and shorten retention of support chats from 3 years to 2 years."),
    ("legal/privacy-changes-2026.md", "Health data is only collected with opt-in consent and is never used for advertising.")]
   ,
   """
Notice of Privacy Policy Changes

1. Halcyon Works, Inc. ("Halcyon") shall update its Privacy Policy (the "Policy") with effect from September 1, 2026 (the "Effective Date") [1].
2. The principal changes are:
2.1 the addition of disclosures concerning integration with Apple Health and Google Health Connect;
2.2 the identification of Twilio as a service provider; and
2.3 the reduction of the retention period for support chats from three (3) years to two (2) years [1].
3. Health data shall be collected only with opt-in consent and shall never be used for advertising [2].
""")

ex("Notice to individual customers about a breach at a shipping partner",
   [("legal/incident-2026-11.md", "On November 9, 2026, Halcyon Works, Inc. was informed by its carrier partner ParcelRoute that an unauthorised party accessed delivery records. Affected data for 6,200 Halcyon customers: name, delivery address and phone number. No payment data is held by ParcelRoute."),
    ("legal/incident-2026-11.md", "Halcyon is offering affected customers 12 months of free identity monitoring through Experian IdentityWorks, enrolment code by email.")]
   ,
   """
Notice of Data Security Incident

1. On November 9, 2026, Halcyon Works, Inc. ("Halcyon") was informed by its carrier partner ParcelRoute (the "Carrier") that an unauthorised party had accessed delivery records (the "Incident") [1].
2. The data affected comprises the names, delivery addresses and phone numbers of 6,200 Halcyon customers [1].
3. The Carrier holds no payment data, and no payment data was affected [1].
4. Halcyon is offering each affected customer twelve (12) months of identity monitoring through Experian IdentityWorks, free of charge; an enrolment code shall be provided by email [2].
""")

ex("Formal response to a cease-and-desist letter about the Nimbus name",
   [("legal/disputes/nimbus-mark.md", "Nimbus Acoustics LLC sent a letter dated March 2, 2026 alleging that Halcyon's NIMBUS mark infringes its mark for ceiling panels. Halcyon Works, Inc. has used NIMBUS for phone booths since 2019 and holds US registration No. 5,902,118 in Class 20. Halcyon's position: the goods differ and no confusion has been reported."),
    ("legal/disputes/nimbus-mark.md", "Response to be sent by outside counsel Harlow & Reyes LLP."),
    ("marketing/products/nimbus-pod.md", "Nimbus is available in Fern, Charcoal and Oat.", D)]
   ,
   """
Re: Letter Dated March 2, 2026

1. This response is sent by Harlow & Reyes LLP on behalf of Halcyon Works, Inc. ("Halcyon") to Nimbus Acoustics LLC (the "Claimant") [1][2].
2. Halcyon has used the NIMBUS mark for phone booths since 2019 and holds US registration No. 5,902,118 in Class 20 (the "Registration") [1].
3. Halcyon rejects the allegation of infringement. The goods concerned differ from the Claimant's ceiling panels, and no instance of confusion has been reported [1].
4. Halcyon accordingly declines the demands set out in the Claimant's letter and reserves all rights.
""")

ex("Data wiping disclaimer for traded-in smart desks",
   [("legal/trade-in-terms.md", "Before collection, customers must factory-reset any traded-in smart desk or controller to remove Wi-Fi credentials and app pairings. Halcyon Works, Inc. performs a further reset on receipt but is not responsible for data left on devices from other manufacturers.")]
   ,
   """
Trade-In Devices: Data Removal

1. Before collection, the customer (the "Customer") shall factory-reset any traded-in smart desk or controller (a "Trade-In Device") so as to remove Wi-Fi credentials and app pairings [1].
2. Halcyon Works, Inc. ("Halcyon") shall perform a further reset of each Trade-In Device upon receipt [1].
3. Halcyon shall not be responsible for any data remaining on a Trade-In Device made by another manufacturer [1].
""")

ex("Supervision terms for the kids' corner at the showroom open house",
   [("legal/open-house-terms.md", "The kids' corner at the Portland open house on June 13-14, 2026 is for children aged 3-10. Children must remain under the supervision of a parent or guardian at all times; Halcyon Works, Inc. staff do not provide childcare."),
    ("legal/open-house-terms.md", "Parents are responsible for any damage caused by their children to display products.")]
   ,
   """
Kids' Corner: Terms of Use

1. The kids' corner at the Portland open house on June 13-14, 2026 (the "Kids' Corner") is intended for children aged 3 to 10 [1].
2. Each child shall remain under the supervision of a parent or guardian (the "Responsible Adult") at all times [1].
3. Staff of Halcyon Works, Inc. do not provide childcare [1].
4. The Responsible Adult shall be responsible for any damage caused by the child to display products [2].
""")

ex("Terms for shipping orders as gifts to a third-party address",
   [("legal/gift-shipping.md", "Customers may ship orders to a recipient's address as a gift. Gift receipts omit prices. Only the purchaser may request a refund; the recipient may exchange items for store credit within 30 days. Risk of loss passes on delivery to the recipient's address.")]
   ,
   """
Gift Shipments

1. The purchaser (the "Purchaser") may direct that an order be delivered to the address of a recipient as a gift (the "Recipient") [1].
2. Gift receipts shall not show prices [1].
3. Only the Purchaser may request a refund [1]. The Recipient may exchange items for store credit within thirty (30) days [1].
4. Risk of loss shall pass upon delivery to the Recipient's address [1].
""")

ex("Subcontracting and installer vetting clause for B2B installation agreements",
   [("legal/installation-b2b.md", "Halcyon Works, Inc. may use subcontracted installers but remains responsible for their work. All installers entering customer premises pass a background check within the past 24 months and carry general liability insurance of at least $1,000,000. Installers follow the customer's site rules provided in advance.")]
   ,
   """
6. Subcontractors and Personnel
6.1 Halcyon Works, Inc. ("Halcyon") may engage subcontracted installers (each, a "Subcontractor"), provided that Halcyon shall remain responsible for the work of each Subcontractor [1].
6.2 Each installer entering the Customer's premises shall have passed a background check within the preceding twenty-four (24) months and shall carry general liability insurance of not less than $1,000,000 [1].
6.3 Each installer shall comply with the Customer's site rules, provided that such rules are supplied to Halcyon in advance [1].
""")

ex("Non-solicitation clause for the Fleet implementation services agreement",
   [("legal/fleet-services.md", "During the services term and for 12 months after, neither party will solicit for employment any employee of the other who worked on the implementation. General job advertisements are not solicitation.")]
   ,
   """
15. Non-Solicitation
15.1 During the term of the services and for twelve (12) months thereafter (the "Restricted Period"), neither party shall solicit for employment any employee of the other party who worked on the implementation [1].
15.2 A general job advertisement not targeted at such employees shall not constitute solicitation for the purposes of clause 15.1 [1].
""")

ex("Publicity clause allowing Halcyon to name a customer",
   [("legal/fleet-msa.md", "Halcyon Works, Inc. may list the customer's name and logo on its website and in customer lists. Any case study, press release or quote requires the customer's prior written approval. The customer may revoke logo permission with 30 days' notice.")]
   ,
   """
19. Publicity
19.1 Halcyon Works, Inc. ("Halcyon") may list the Customer's name and logo on its website and in customer lists (the "Permitted Publicity") [1].
19.2 Any case study, press release or quotation concerning the Customer shall require the Customer's prior written approval [1].
19.3 The Customer may revoke permission to use its logo upon thirty (30) days' notice [1].
""")

ex("Notices clause for the Fleet master agreement",
   [("legal/fleet-msa.md", "Legal notices to Halcyon Works, Inc. must be sent to legal@halcyonworks.com with a copy by courier to 1200 NW Marshall St, Portland, OR 97209, Attn: General Counsel. Notices to the customer go to the contact in the order form. Email notices are effective on the next business day."),
    ("legal/fleet-msa.md", "Operational notices, such as maintenance windows, may be given through the Fleet admin console."),
    ("marketing/events/pdx-open-house.md", "Open house June 13-14, 2026.", D)]
   ,
   """
20. Notices
20.1 Legal notices to Halcyon Works, Inc. ("Halcyon") shall be sent to legal@halcyonworks.com, with a copy by courier to 1200 NW Marshall St, Portland, OR 97209, marked for the attention of the General Counsel [1].
20.2 Notices to the Customer shall be sent to the contact identified in the order form [1].
20.3 A notice sent by email shall take effect on the next business day [1].
20.4 Operational notices, including notices of maintenance windows, may be given through the Fleet admin console [2].
""")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
SEED = 20260513
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
