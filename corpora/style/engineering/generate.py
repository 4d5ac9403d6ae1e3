#!/usr/bin/env python3
"""Reproducible generator for corpora/style/engineering/{train,heldout}.jsonl.

Every example below is hand-written: an instruction, 1-4 retrieved passages of
Halcyon Works documents, and a response in the engineering voice (see STYLE.md)
that cites passages with [n] markers.

The script only
  1. inserts distractor passages (hand-written pool at the top) into a seeded
     subset of ~22% of the examples, renumbering the [n] markers so they still
     point at the right passage, and
  2. writes train.jsonl / heldout.jsonl next to this file.

Run:  python corpora/style/engineering/generate.py
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20260517
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
    ("orion hardware", "hardware/orion/gas-lift-spec.md",
     "Orion class 4 gas lift cylinders are rated for 120 kg and cycle-tested to 200,000 strokes on the Juarez line. Supplier code GL-44."),
    ("lumen firmware", "release-notes/lumen-lx-1-4.md",
     "Lumen LX 1.4 (2025-08-14) added touch-strip calibration and fixed a brownout reset when USB-C PD negotiated 9 V."),
    ("marketing atlas", "marketing/campaigns/spring-2026.md",
     "The spring campaign 'Stand Up For Yourself' runs 2026-03-01 to 2026-04-15 with discount code STAND15 for 15% off Atlas S."),
    ("legal", "legal/dpa-template.md",
     "Under DPA section 9.2, customers are notified of new sub-processors 30 days before onboarding."),
    ("hr oncall", "people/handbook/on-call-pay.md",
     "Engineering on-call stipend is $350 per primary week and $150 per secondary week, paid with the following payroll run."),
    ("nimbus hardware", "hardware/nimbus/acoustics.md",
     "Nimbus pods reach 32 dB speech-level reduction per ISO 23351-1 with the rev C door seal installed."),
    ("vega hardware", "hardware/vega/spring-table.md",
     "Vega single-arm spring cartridge S2 covers monitors from 4.5 to 9 kg; cartridge S3 covers 8 to 14 kg."),
    ("fleet billing", "finance/fleet-pricing.md",
     "Fleet Standard is billed at $4 per desk per month with a 50-desk minimum; Fleet Enterprise is quoted per contract."),
    ("atlas hardware", "hardware/atlas/frame-spec.md",
     "Atlas Pro frames use a three-stage column with a 65-130 cm height range and a 160 kg lift capacity."),
    ("app android mobile", "release-notes/app-7-9-android.md",
     "Halcyon app 7.9 for Android added home-screen widgets for Android 12 and later."),
    ("facilities", "ops/portland-hq.md",
     "The floor 3 hardware lab at Portland HQ is closed for HVAC work on 2026-06-20; book bench time on floor 5 instead."),
    ("support shipping", "support/macros/shipping-delay.md",
     "Support macro SHIP-04 is used when carrier scans are missing for more than 5 business days."),
    ("fleet", "fleet/releases/2026-12.md",
     "Fleet 2026.12 added Slack notifications for booking reminders and a per-site quiet-hours setting."),
    ("security", "security/pentest-2025.md",
     "The 2025 external pentest by Larkspur Security reported 2 medium and 5 low findings; all were closed by 2025-12-01."),
    ("ci firmware", "infra/ci.md",
     "Firmware CI runners use the hx-arm-gcc-13 image; the build cache is retained for 7 days."),
    ("sales atlas", "sales/volume-pricing.md",
     "Orders of 50 or more Atlas desks qualify for tier B volume pricing at 12% off list."),
    ("helix firmware", "release-notes/helix-3-9-9.md",
     "Helix 3.9.9 is the bridge image that 3.x desks need before any 4.x upgrade."),
    ("care warranty atlas", "programs/halcyon-care.md",
     "Halcyon Care extends the Atlas frame warranty from 5 to 10 years and costs $149 when bought within 60 days of delivery."),
    ("lumen hardware", "hardware/lumen/optics.md",
     "Lumen uses 96 mid-power LEDs with CRI 95 and a 500 lux target at 45 cm below the head."),
    ("app ios mobile", "release-notes/app-7-8-ios.md",
     "Halcyon app 7.8 for iOS added a Shortcuts action 'Move desk to preset'."),
    ("data analytics telemetry", "data/dashboards.md",
     "The standing-time dashboard in Looker refreshes at 06:00 UTC and excludes desks with fewer than 3 days of data."),
    ("orion manufacturing", "manufacturing/orion-line.md",
     "The Orion assembly line in Juarez runs two shifts and produces about 1,100 chairs per day."),
    ("tradein atlas", "programs/trade-in.md",
     "Trade-in credit for a used Atlas S in grade A condition is $180, issued after inspection at the Reno returns center."),
    ("infra dns", "infra/dns.md",
     "Internal DNS zones live in Route 53; changes to halcyon.internal require review from #infra-core."),
    ("nimbus install", "ops/nimbus-install.md",
     "Nimbus installation crews need a clear 2.4 x 2.4 m floor area and a standard 15 A outlet within 2 m."),
    ("finance", "finance/close-calendar.md",
     "Month-end close locks the ERP on the third business day; purchase orders after that post to the next period."),
    ("vega firmware", "hardware/vega/vega-motion.md",
     "There is no firmware on Vega arms; tilt and height are purely mechanical, adjusted with the 4 mm hex key."),
    ("design", "design/brand-colors.md",
     "Halcyon brand palette: Harbor Blue #1D4E89, Sand #E8DCC4, Signal Orange #F26B38."),
    ("fleet sso", "fleet/docs/sso.md",
     "Fleet supports SAML 2.0 SSO with Okta, Entra ID and Google Workspace; SCIM provisioning is Enterprise-only."),
    ("legal export", "legal/export-controls.md",
     "Helix controllers are classified EAR99; no export license is needed except for embargoed destinations."),
    ("mobile ci", "infra/mobile-ci.md",
     "iOS builds run on the mac-mini-m2 pool of 6 machines; average build time is 14 minutes."),
    ("people", "people/offsite-2026.md",
     "The engineering offsite is 2026-09-15 to 2026-09-17 at the Skamania Lodge; travel requests are due by 2026-08-01."),
]

# ---------------------------------------------------------------------------
# Release notes, patches, SDKs
# ---------------------------------------------------------------------------
ex("T", "helix atlas firmware", "Write the release note for Helix firmware 4.3.0", [
    ("release-notes/helix-4-3-0.md", "Helix 4.3.0 (2026-05-02) adds a configurable soft-stop ramp (50-400 ms) for Atlas Pro lift columns and fixes a memory preset drift of up to 4 mm after power loss. Minimum bootloader: 2.1."),
    ("jira/HLX-2231.txt", "HLX-2231: collision sensitivity level 3 triggered false reversals on Atlas S frames built before 2024-09. Fixed in 4.3.0 by raising the current threshold from 1.8 A to 2.1 A."),
], """
## Helix 4.3.0
Released 2026-05-02 [1].
- Add configurable soft-stop ramp, 50-400 ms, for Atlas Pro lift columns [1].
- Fix memory preset drift of up to 4 mm after power loss [1].
- Fix false collision reversals at sensitivity level 3 on Atlas S frames built before 2024-09; current threshold raised from 1.8 A to 2.1 A (HLX-2231) [2].
- Require bootloader 2.1 or later [1].
""")

ex("H", "helix firmware beta", "Draft release notes for Helix 4.4.0-beta.2 for the internal beta ring", [
    ("release-notes/helix-4-4-0-beta-2.md", "Helix 4.4.0-beta.2 (2026-06-11) ships to the dogfood ring only, about 180 desks at Portland HQ. Adds standing-time telemetry at 60 s granularity and a BLE characteristic 0x2F41 for height offsets."),
    ("jira/HLX-2302.txt", "HLX-2302: beta.1 leaked 12 KB of heap per BLE reconnect; after roughly 300 reconnects the controller rebooted with E44 (watchdog). Fixed in beta.2."),
], """
## Helix 4.4.0-beta.2 (dogfood ring)
Scope: dogfood ring only, ~180 desks at Portland HQ. Ships 2026-06-11 [1].
- Add standing-time telemetry at 60 s granularity [1].
- Add BLE characteristic `0x2F41` for height offsets [1].
- Fix heap leak of 12 KB per BLE reconnect; ~300 reconnects ended in an E44 watchdog reboot (HLX-2302) [2].
Do not promote beyond dogfood from this note.
""")

ex("T", "app ios", "Release note for Halcyon app 7.12 on iOS", [
    ("release-notes/app-7-12-ios.md", "Halcyon app 7.12 (iOS, build 7120431) requires iOS 16 or later; iOS 15 support is dropped. Adds a Live Activity showing current desk height and the sit/stand timer."),
    ("jira/APP-5817.txt", "APP-5817: the pairing sheet froze on iPhone 12 mini when Bluetooth permission was 'Allow Once'. Fixed in 7.12 by re-requesting the permission on foreground."),
], """
## Halcyon app 7.12 (iOS)
Build 7120431 [1].
- Add Live Activity with current desk height and sit/stand timer [1].
- Fix pairing sheet freeze on iPhone 12 mini with Bluetooth permission set to "Allow Once"; permission is re-requested on foreground (APP-5817) [2].
- Drop iOS 15. Minimum: iOS 16 [1].
""")

ex("T", "app android mobile", "Write the hotfix note for Android app 7.12.1 including rollout steps", [
    ("release-notes/app-7-12-1-android.md", "Android 7.12.1 is a hotfix for a crash on launch on Android 14 devices with the Samsung One UI 6.1 battery optimizer enabled. Crash rate on 7.12.0 reached 3.4% of sessions."),
    ("runbooks/mobile-release.md", "Hotfixes go to a 20% staged rollout for 24 hours, then 100% if crash-free sessions stay above 99.5%."),
], """
## Halcyon app 7.12.1 (Android), hotfix
- Fix crash on launch on Android 14 with the Samsung One UI 6.1 battery optimizer enabled [1].
- Baseline: 7.12.0 crashed in 3.4% of sessions [1].

Rollout:
- Stage at 20% for 24 hours [2].
- Promote to 100% only if crash-free sessions stay above 99.5% [2].
- Otherwise halt the rollout and reopen the ticket.
""")

ex("T", "fleet", "Changelog for the Fleet 2026.19 deploy", [
    ("fleet/releases/2026-19.md", "Fleet 2026.19 deployed 2026-05-12. New: the floor-plan editor supports SVG import up to 8 MB. The Booking API now returns checked_in_at on reservations."),
    ("fleet/releases/2026-19-fixes.md", "Fixed: occupancy heatmap double-counted desks that were re-booked within 15 minutes (FLT-3390). Removed: the legacy CSV export at /reports/legacy."),
], """
## Fleet 2026.19
Deployed 2026-05-12 [1].
### Added
- Floor-plan editor: SVG import up to 8 MB [1].
- Booking API: `checked_in_at` on reservations [1].
### Fixed
- Occupancy heatmap double-counted desks re-booked within 15 minutes (FLT-3390) [2].
### Removed
- Legacy CSV export at `/reports/legacy` [2].
""")

ex("T", "lumen firmware", "Release note for Lumen firmware LX 1.6", [
    ("release-notes/lumen-lx-1-6.md", "Lumen firmware LX 1.6 raises PWM frequency from 1.2 kHz to 25 kHz to remove visible flicker on camera. Circadian mode now ramps color temperature between 2700 K and 6500 K over 45 minutes."),
    ("qa/lumen-lx-1-6-signoff.md", "LX 1.6 signed off 2026-03-19 by Sofia Castellanos. Known issue: dimming below 5% shows slight stepping; tracked as LUM-212."),
], """
## Lumen LX 1.6
- Bump PWM frequency from 1.2 kHz to 25 kHz; removes visible flicker on camera [1].
- Change circadian ramp: 2700 K to 6500 K over 45 minutes [1].

Known issues:
- Slight stepping when dimming below 5% (LUM-212) [2].

QA sign-off: Sofia Castellanos, 2026-03-19 [2].
""")

ex("H", "nimbus firmware", "Release note for Nimbus pod controller firmware NC 2.4", [
    ("release-notes/nimbus-nc-2-4.md", "Nimbus controller NC 2.4 adds CO2-driven fan control: the fan steps up when CO2 exceeds 900 ppm and returns to idle below 700 ppm. Occupancy sensor debounce is raised from 2 s to 8 s."),
    ("jira/NIM-488.txt", "NIM-488: the door-ajar chime sounded every 30 s with the door closed on pods with hinge rev B. Root cause: inverted reed switch polarity. Fixed in NC 2.4."),
], """
## Nimbus NC 2.4
- Add CO2-driven fan control: step up above 900 ppm, back to idle below 700 ppm [1].
- Raise occupancy sensor debounce from 2 s to 8 s [1].
- Fix door-ajar chime repeating every 30 s with the door closed on hinge rev B pods; reed switch polarity was inverted (NIM-488) [2].
""")

ex("T", "helix firmware", "Patch notes for Helix 4.2.3", [
    ("release-notes/helix-4-2-3.md", "Helix 4.2.3 is a patch release for the 4.2.x line only. It corrects height display rounding so 72.45 cm shows as 72.5 cm instead of 72.4 cm, and stops E12 (column desync) being raised on cold boot below 10 C."),
    ("release-notes/helix-upgrade-paths.md", "Desks on Helix 4.1.x or earlier must install 4.2.2 before 4.2.3; the OTA service enforces this order."),
], """
## Helix 4.2.3
Patch for the 4.2.x line only [1].
- Fix height display rounding: 72.45 cm now shows 72.5 cm, not 72.4 cm [1].
- Fix spurious E12 (column desync) on cold boot below 10 C [1].

Upgrade path:
- 4.1.x or earlier: install 4.2.2 first; OTA enforces the order [2].
""")

ex("T", "fleet sdk python", "Release note and upgrade notes for the halcyon-fleet Python SDK 3.1.0", [
    ("sdk/python/CHANGELOG.md", "halcyon-fleet 3.1.0 (PyPI) adds the async client AsyncFleetClient, drops Python 3.8 and pins httpx>=0.27. Pagination helpers now follow the next_cursor field instead of page numbers."),
    ("sdk/python/MIGRATING.md", "Replace client.desks.list(page=n) loops with `for desk in client.desks.iter_all()`; iter_all stops when next_cursor is null."),
], """
## halcyon-fleet 3.1.0
- Add `AsyncFleetClient` [1].
- Change pagination helpers to follow `next_cursor` instead of page numbers [1].
- Bump `httpx` pin to `>=0.27` [1].
- Drop Python 3.8 [1].

Upgrade:
- Replace `client.desks.list(page=n)` loops with `for desk in client.desks.iter_all()` [2].
- `iter_all` stops when `next_cursor` is null [2].
""")

ex("T", "fleet web", "Write the Fleet 2026.21 release note for the admin console changes", [
    ("fleet/releases/2026-21.md", "Fleet 2026.21 (2026-05-26): the neighborhood view groups desks by team tag; admins can bulk-assign up to 500 desks per action. Adds dark mode to the admin console."),
    ("jira/FLT-3455.txt", "FLT-3455: recurring bookings at sites in Europe/Lisbon shifted by one hour after the DST change. Fixed in 2026.21 by storing recurrence rules with the site's IANA zone."),
], """
## Fleet 2026.21 (admin console)
Released 2026-05-26 [1].
- Add neighborhood view grouped by team tag [1].
- Add bulk-assign, max 500 desks per action [1].
- Add dark mode [1].
- Fix recurring bookings shifting by one hour after DST at Europe/Lisbon sites; recurrence rules now stored with the site IANA zone (FLT-3455) [2].
""")

ex("T", "fleet sdk js", "Changelog entry for @halcyon/fleet-js 2.0.0", [
    ("sdk/js/CHANGELOG.md", "@halcyon/fleet-js 2.0.0 is ESM-only and requires Node 20 or later. The Booking type renames `start`/`end` to `startsAt`/`endsAt`. Bundle size drops from 61 KB to 38 KB gzipped."),
], """
## @halcyon/fleet-js 2.0.0
Breaking:
- Ship ESM only; CommonJS `require()` no longer supported [1].
- Require Node 20 or later [1].
- Rename `Booking.start` / `Booking.end` to `startsAt` / `endsAt` [1].

Other:
- Cut bundle size from 61 KB to 38 KB gzipped [1].

Action: update imports and field names before bumping the major version.
""")

ex("T", "helix firmware ota", "Write the release note for Helix 4.3.1", [
    ("release-notes/helix-4-3-1.md", "Helix 4.3.1 (2026-05-20) fixes a regression from 4.3.0 where the soft-stop ramp ignored values above 250 ms. Also reduces OTA image size from 412 KB to 371 KB by stripping debug symbols."),
    ("jira/HLX-2318.txt", "HLX-2318: desks paired to two phones flickered the display when both sent height polls within 20 ms. 4.3.1 serializes BLE writes behind a single queue."),
], """
## Helix 4.3.1
Released 2026-05-20 [1].
- Fix regression from 4.3.0: soft-stop ramp ignored values above 250 ms [1].
- Fix display flicker on desks paired to two phones polling height within 20 ms; BLE writes now go through a single queue (HLX-2318) [2].
- Reduce OTA image from 412 KB to 371 KB by stripping debug symbols [1].
""")

ex("T", "app web", "Release note for the Halcyon web app 2026.05 build", [
    ("release-notes/web-2026-05.md", "Halcyon web app 2026.05 moves desk control to WebBluetooth on Chrome 118+ and Edge 118+; Safari and Firefox users see a read-only dashboard. Session timeout goes from 30 to 12 hours."),
    ("jira/WEB-904.txt", "WEB-904: the weekly standing chart showed UTC days instead of local days. Fixed in 2026.05."),
], """
## Halcyon web 2026.05
- Move desk control to WebBluetooth; supported on Chrome 118+ and Edge 118+ [1].
- Safari and Firefox: read-only dashboard [1].
- Change session timeout from 30 to 12 hours [1].
- Fix weekly standing chart bucketing by UTC day instead of local day (WEB-904) [2].
""")

# ---------------------------------------------------------------------------
# Migration notes
# ---------------------------------------------------------------------------
ex("T", "fleet api", "Write migration notes for moving Fleet API integrations from v2 to v3", [
    ("api/v3-migration.md", "Fleet API v3 replaces numeric desk IDs with prefixed string IDs such as dsk_8f2k1. The /v2/desks/{id}/bookings endpoint becomes /v3/bookings?desk_id=. v2 becomes read-only on 2026-09-01 and is removed on 2027-01-15."),
    ("api/auth.md", "v3 requires OAuth 2.0 client credentials; v2 static API keys are rejected on v3 endpoints. Access token lifetime is 3600 s."),
], """
## Fleet API v2 -> v3
- Replace numeric desk IDs with prefixed string IDs, e.g. `dsk_8f2k1` [1].
- Replace `/v2/desks/{id}/bookings` with `/v3/bookings?desk_id=` [1].
- Switch auth to OAuth 2.0 client credentials; v2 static keys are rejected on v3 [2].
- Refresh tokens before expiry; lifetime 3600 s [2].

Deadlines:
- 2026-09-01: v2 read-only [1].
- 2027-01-15: v2 removed [1].
""")

ex("H", "app presets sync", "Migration note: desk presets move from local storage to cloud sync in app 7.10", [
    ("release-notes/app-7-10.md", "App 7.10 migrates presets from device-local SQLite (presets.db) to cloud sync under /v1/users/{id}/presets. The migration runs once on first launch after the update; conflicts resolve by latest updated_at."),
    ("design/presets-sync.md", "The server keeps at most 4 presets per desk; extra local presets are moved to the presets_archive table, not deleted."),
], """
## App 7.10: presets -> cloud sync
- Move presets from local SQLite `presets.db` to `/v1/users/{id}/presets` [1].
- Run migration once, on first launch after update [1].
- Resolve conflicts by latest `updated_at` [1].
- Cap at 4 presets per desk; overflow goes to `presets_archive`, not deleted [2].

Support impact: users with more than 4 local presets will see only 4 after update [2].
""")

ex("T", "helix firmware bootloader", "Migration notes for upgrading Helix 3.x desks to 4.x", [
    ("release-notes/helix-bridge.md", "Helix 3.x desks (3.9 or earlier) must install bridge firmware 3.9.9 before any 4.x image; a direct jump fails the signature check with E41."),
    ("runbooks/helix-bridge.md", "The bridge rewrites the bootloader to 2.1 and takes about 6 minutes. The desk must stay on mains power; interrupting it leaves the controller in DFU mode (display shows 'dFU')."),
], """
## Helix 3.x -> 4.x
1. Install bridge firmware 3.9.9 first; direct 3.x -> 4.x fails signature check with E41 [1].
2. Keep the desk on mains power for ~6 minutes while the bridge rewrites the bootloader to 2.1 [2].
3. If interrupted, controller stays in DFU mode, display `dFU`; re-run the bridge [2].
4. Then install the target 4.x image [1].
""")

ex("T", "fleet db postgres", "Write runbook steps for migration 0142 (bookings partitioning)", [
    ("db/migrations/0142_partition_bookings.md", "Migration 0142 converts bookings (approx. 410 M rows) on pg-fleet-main to monthly range partitions on starts_at. Run with `fleetctl db migrate --target 0142 --online`; expected duration 3-4 h."),
    ("runbooks/db-migrations.md", "Online migrations must start after 02:00 UTC with replication lag below 5 s on both replicas. Abort with `fleetctl db migrate --abort` if lag exceeds 30 s."),
], """
## Runbook: migration 0142
Scope: `bookings` on pg-fleet-main, approx. 410 M rows, to monthly range partitions on `starts_at` [1].
1. Start after 02:00 UTC [2].
2. Confirm replication lag below 5 s on both replicas [2].
3. Run `fleetctl db migrate --target 0142 --online` [1].
4. Expect 3-4 h [1].
5. If lag exceeds 30 s, run `fleetctl db migrate --abort` [2].
""")

ex("T", "fleet db postgres", "Migration note for the Postgres 14 to 16 upgrade of pg-fleet-main", [
    ("infra/pg16-upgrade.md", "pg-fleet-main moves from PostgreSQL 14.11 to 16.3 via logical replication to a new cluster on 2026-07-09. Cutover downtime target: under 90 s. Extensions pg_partman and pgcrypto must be re-created on the target."),
    ("infra/pg16-upgrade-risks.md", "PostgreSQL 16 removes the `vacuum_defer_cleanup_age` setting; our parameter group sets it to 50000 and must drop it before cutover."),
], """
## pg-fleet-main: PostgreSQL 14.11 -> 16.3
- Method: logical replication to a new cluster [1].
- Cutover: 2026-07-09, downtime target under 90 s [1].
- Re-create `pg_partman` and `pgcrypto` on the target [1].
- Drop `vacuum_defer_cleanup_age` (currently 50000) from the parameter group before cutover; removed in 16 [2].
""")

ex("T", "app android sdk", "Migration notes for bumping Android targetSdk to 35", [
    ("mobile/android-sdk35.md", "Android app moves targetSdk from 34 to 35 in 7.14. Edge-to-edge display becomes mandatory; screens using fitsSystemWindows need WindowInsets handling. Play Store deadline: 2026-08-31."),
    ("jira/APP-6120.txt", "APP-6120: on SDK 35 the desk control slider renders under the gesture bar on Pixel 8. Fix: apply navigation bar insets to ControlSheet."),
], """
## Android targetSdk 34 -> 35 (app 7.14)
- Bump `targetSdk` from 34 to 35 [1].
- Handle edge-to-edge: replace `fitsSystemWindows` with `WindowInsets` handling [1].
- Fix desk control slider under the gesture bar on Pixel 8: apply navigation bar insets to `ControlSheet` (APP-6120) [2].
- Ship before Play Store deadline 2026-08-31 [1].
""")

# ---------------------------------------------------------------------------
# Incidents
# ---------------------------------------------------------------------------
ex("T", "ota incident tls", "Write an incident summary for INC-2291", [
    ("incidents/INC-2291.md", "INC-2291, 2026-04-08 14:02-15:47 UTC: ota-service returned HTTP 503 for firmware manifest requests. Cause: expired TLS certificate on the CDN origin ota-origin.halcyon.works. About 9,400 desks failed scheduled update checks."),
    ("incidents/INC-2291-followups.md", "Mitigation: certificate renewed manually at 15:41 UTC. Follow-ups: move the origin certificate to ACM auto-renewal (owner Bea Lindgren); add a 14-day expiry alert."),
], """
## INC-2291: OTA manifest 503s
Window: 2026-04-08 14:02-15:47 UTC [1].
Impact: ~9,400 desks failed scheduled update checks [1].
Cause: expired TLS certificate on CDN origin `ota-origin.halcyon.works`; ota-service returned HTTP 503 for manifest requests [1].
Mitigation: certificate renewed manually at 15:41 UTC [2].
Follow-ups:
- Move origin cert to ACM auto-renewal. Owner: Bea Lindgren [2].
- Add 14-day expiry alert [2].
""")

ex("T", "fleet auth incident", "Incident summary for INC-2304 (Fleet login failures)", [
    ("incidents/INC-2304.md", "INC-2304, 2026-04-22 09:15-09:58 UTC: 38% of Fleet console logins failed with AUTH-401. auth-service 5.8.0 shipped a JWKS cache TTL of 0, causing a key fetch per request and rate limiting by the IdP."),
    ("incidents/INC-2304-timeline.md", "09:31 rollback to auth-service 5.7.4 started; 09:52 error rate below 0.1%; 09:58 resolved. Root fix: config lint rejecting TTL values below 60 s, owner Lena Ortiz."),
], """
## INC-2304: Fleet console login failures
Window: 2026-04-22 09:15-09:58 UTC [1].
Impact: 38% of console logins failed with AUTH-401 [1].
Cause: auth-service 5.8.0 set JWKS cache TTL to 0; one key fetch per request triggered IdP rate limiting [1].
Timeline:
- 09:31 rollback to 5.7.4 started [2].
- 09:52 error rate below 0.1% [2].
- 09:58 resolved [2].
Fix: config lint rejects TTL below 60 s. Owner: Lena Ortiz [2].
""")

ex("H", "telemetry kafka incident", "Summarize INC-2317 for the weekly incident review", [
    ("incidents/INC-2317.md", "INC-2317, 2026-05-03: telemetry-ingest consumer lag on topic desk.events peaked at 41 M messages (about 5 h behind). Trigger: partition count raised from 24 to 48 without restarting the consumer group, so 24 partitions had no consumer."),
    ("incidents/INC-2317-actions.md", "Resolved by restarting the consumer group at 11:20 UTC; lag cleared by 13:05 UTC. No data lost: retention on desk.events is 72 h. Action: add a partition-assignment check to the deploy pipeline."),
], """
## INC-2317: telemetry-ingest lag
- Peak consumer lag on `desk.events`: 41 M messages, ~5 h behind [1].
- Trigger: partitions raised from 24 to 48 without restarting the consumer group; 24 partitions had no consumer [1].
- Mitigation: consumer group restarted 11:20 UTC; lag cleared 13:05 UTC [2].
- Data loss: none; `desk.events` retention is 72 h [2].
- Action: add partition-assignment check to the deploy pipeline [2].
""")

ex("T", "sync incident redis", "Build a timeline for INC-2288 from the incident notes", [
    ("incidents/INC-2288-notes.md", "INC-2288. 07:42 UTC alert SyncGatewayErrorsHigh fired. 07:49 on-call Marcus Feld found Redis primary redis-sync-1 at 100% memory (maxmemory 6 GB, policy noeviction). 08:03 flushed stale session keys with prefix sess:v1:."),
    ("incidents/INC-2288-notes-2.md", "08:10 error rate back under 1%. 08:30 incident closed. Follow-up: set TTL of 7 days on all sess:v2: keys and switch policy to volatile-lru."),
], """
## INC-2288 timeline (UTC)
- 07:42 `SyncGatewayErrorsHigh` fired [1].
- 07:49 Marcus Feld finds `redis-sync-1` at 100% memory; maxmemory 6 GB, policy `noeviction` [1].
- 08:03 flush stale keys with prefix `sess:v1:` [1].
- 08:10 error rate under 1% [2].
- 08:30 closed [2].

Follow-up:
- Set 7-day TTL on all `sess:v2:` keys [2].
- Switch eviction policy to `volatile-lru` [2].
""")

ex("T", "helix atlas incident hardware", "Incident summary: bad OTA batch bricked desks (INC-2275)", [
    ("incidents/INC-2275.md", "INC-2275, 2026-03-14: Helix 4.2.1 was pushed to the 5% ring with an image signed by the staging key. 212 Atlas Pro desks rejected it and fell back to the recovery partition with E41. No desks were permanently bricked."),
    ("incidents/INC-2275-fix.md", "Rollout halted after 26 minutes. Re-signed image 4.2.1+r2 pushed to affected desks on 2026-03-15. Action: the release pipeline now verifies the signing key fingerprint before upload."),
], """
## INC-2275: Helix 4.2.1 signed with staging key
Date: 2026-03-14 [1].
Impact: 212 Atlas Pro desks in the 5% ring rejected the image and fell back to the recovery partition with E41 [1]. None permanently bricked [1].
Response:
- Rollout halted after 26 minutes [2].
- Re-signed image 4.2.1+r2 pushed to affected desks 2026-03-15 [2].
Action:
- Release pipeline verifies signing key fingerprint before upload [2].
""")

ex("T", "fleet booking incident", "Write the customer-impact section of the INC-2329 postmortem", [
    ("incidents/INC-2329.md", "INC-2329, 2026-05-18 13:00-13:40 UTC: booking-service double-booked 1,183 desks across 17 tenant sites after a retry storm bypassed the unique index during a failover of pg-fleet-main."),
    ("incidents/INC-2329-remediation.md", "All 1,183 conflicting bookings were resolved by keeping the earliest created_at and emailing the displaced users via notification template BK-CONFLICT-2."),
], """
## INC-2329: customer impact
- Window: 2026-05-18 13:00-13:40 UTC [1].
- 1,183 desks double-booked across 17 tenant sites [1].
- Cause: retry storm bypassed the unique index during pg-fleet-main failover [1].
- Resolution: kept the booking with the earliest `created_at` for each conflict [2].
- Displaced users emailed via template `BK-CONFLICT-2` [2].
""")

# ---------------------------------------------------------------------------
# Runbooks
# ---------------------------------------------------------------------------
ex("T", "sync oncall memory", "On-call runbook entry: sync-gateway pods hitting memory limit", [
    ("runbooks/sync-gateway.md", "sync-gateway pods have a memory limit of 2 GiB. OOMKilled restarts above 3 per hour page on-call. Most cases are websocket fan-out leaks; check `sync_ws_open_connections` per pod."),
    ("runbooks/sync-gateway-mitigation.md", "Mitigate by rolling restart: `kubectl -n sync rollout restart deploy/sync-gateway`. If a single tenant holds more than 20,000 connections, apply the per-tenant cap with `syncctl tenant cap <tenant> 20000`."),
], """
## sync-gateway: memory limit
Trigger: more than 3 OOMKilled restarts per hour (limit 2 GiB) [1].
1. Check `sync_ws_open_connections` per pod; usual cause is websocket fan-out leak [1].
2. Rolling restart: `kubectl -n sync rollout restart deploy/sync-gateway` [2].
3. If one tenant holds more than 20,000 connections, run `syncctl tenant cap <tenant> 20000` [2].
4. Attach pod metrics to the incident ticket.
""")

ex("H", "fleet api kubernetes", "Runbook: drain a Fleet API node for maintenance", [
    ("runbooks/fleet-api-nodes.md", "Fleet API runs on the eks-fleet-prod node group (m6i.2xlarge, min 6 nodes). Cordon first, then drain with a 120 s grace period; PodDisruptionBudget keeps at least 4 fleet-api replicas available."),
    ("runbooks/fleet-api-nodes-checks.md", "Before draining, confirm the 5xx rate is under 0.5% on the Fleet API dashboard. After uncordon, verify the node is Ready and pods rebalance within 10 minutes."),
], """
## Drain a fleet-api node
Node group: `eks-fleet-prod`, m6i.2xlarge, min 6 nodes [1].
1. Check 5xx rate under 0.5% on the Fleet API dashboard [2].
2. `kubectl cordon <node>` [1].
3. `kubectl drain <node> --grace-period=120 --ignore-daemonsets` [1].
4. PDB keeps at least 4 fleet-api replicas up; if drain blocks, wait, do not force [1].
5. After maintenance: `kubectl uncordon <node>` [2].
6. Verify node `Ready` and pods rebalanced within 10 minutes [2].
""")

ex("T", "manufacturing atlas helix", "Runbook for the factory test bench when a controller shows E21", [
    ("manufacturing/test-bench.md", "E21 on the end-of-line bench means a hall sensor fault on one lift column. Bench software HTB 1.9 logs the column index in /var/log/htb/last.json."),
    ("manufacturing/test-bench-e21.md", "Reseat the 6-pin motor connector and re-run test step 4. If E21 repeats twice, tag the unit with a red RMA-HW label and move it to the rework cage; do not swap columns on the line."),
], """
## Bench runbook: E21
Meaning: hall sensor fault on one lift column [1].
1. Read column index from `/var/log/htb/last.json` (HTB 1.9) [1].
2. Reseat the 6-pin motor connector on that column [2].
3. Re-run test step 4 [2].
4. If E21 repeats twice: red RMA-HW label, move to rework cage [2].
5. Do not swap columns on the line [2].
""")

ex("T", "ota oncall", "Runbook: pause an in-flight OTA rollout", [
    ("runbooks/ota-pause.md", "To pause a rollout run `otactl rollout pause <rollout-id>`; desks that already downloaded the image still install it. Paused rollouts auto-expire after 72 h unless resumed or cancelled."),
    ("runbooks/ota-pause-comms.md", "Post in #ota-releases with the rollout ID and reason within 15 minutes of pausing; page the firmware on-call (Helix rotation) if the pause is due to a device error."),
], """
## Pause an OTA rollout
1. `otactl rollout pause <rollout-id>` [1].
2. Expect desks that already downloaded the image to still install it [1].
3. Post rollout ID and reason in #ota-releases within 15 minutes [2].
4. If cause is a device error, page firmware on-call (Helix rotation) [2].
5. Resume or cancel within 72 h; paused rollouts auto-expire after that [1].
""")

ex("T", "fleet search elasticsearch oncall", "Runbook entry: Fleet search index out of date", [
    ("runbooks/fleet-search.md", "Fleet people/desk search uses OpenSearch 2.11 index fleet-search-v7. Indexing lag above 10 minutes fires FleetSearchStale. Check the indexer DLQ length in SQS queue fleet-indexer-dlq."),
    ("runbooks/fleet-search-reindex.md", "If DLQ has messages, redrive with `fleetctl search redrive`. Full reindex: `fleetctl search reindex --alias fleet-search` builds a new index and swaps the alias; takes about 25 minutes for 3 M documents."),
], """
## FleetSearchStale
Trigger: indexing lag above 10 minutes on `fleet-search-v7` (OpenSearch 2.11) [1].
1. Check DLQ length of SQS `fleet-indexer-dlq` [1].
2. If non-empty: `fleetctl search redrive` [2].
3. If lag persists: `fleetctl search reindex --alias fleet-search` [2].
4. Reindex builds a new index and swaps the alias; ~25 minutes for 3 M documents [2].
""")

# ---------------------------------------------------------------------------
# API change / deprecation notices
# ---------------------------------------------------------------------------
ex("T", "fleet api webhooks", "API change notice: booking webhook signature header rename", [
    ("api/changes/2026-06-webhooks.md", "From 2026-06-30 booking webhooks send the signature in X-Halcyon-Signature-256 (HMAC-SHA256, hex). The old X-Fleet-Signature header (HMAC-SHA1) is sent in parallel until 2026-09-30, then dropped."),
], """
## Webhooks: signature header change
- Add `X-Halcyon-Signature-256`, HMAC-SHA256, hex-encoded, from 2026-06-30 [1].
- Deprecate `X-Fleet-Signature` (HMAC-SHA1); sent in parallel until 2026-09-30 [1].
- Remove `X-Fleet-Signature` after 2026-09-30 [1].

Action for integrators:
- Verify against `X-Halcyon-Signature-256` before 2026-09-30 [1].
- Keep SHA1 verification only as fallback during the overlap.
""")

ex("T", "fleet api occupancy", "Deprecation notice for the /v2/occupancy endpoint", [
    ("api/deprecations.md", "GET /v2/occupancy is deprecated on 2026-06-01 and returns HTTP 410 from 2026-12-01. Replacement: GET /v3/analytics/occupancy with `interval` of 15m, 1h or 1d."),
    ("api/headers.md", "Deprecated endpoints return `Deprecation: true` and `Sunset` headers with the removal date."),
], """
## Deprecation: GET /v2/occupancy
- Deprecated: 2026-06-01 [1].
- Removed: returns HTTP 410 from 2026-12-01 [1].
- Replacement: `GET /v3/analytics/occupancy`, `interval` = `15m` | `1h` | `1d` [1].
- Responses now carry `Deprecation: true` and `Sunset` headers [2].
Migrate clients before 2026-12-01 [1].
""")

ex("H", "fleet api ratelimit", "API notice: Fleet API rate limit changes", [
    ("api/changes/2026-07-ratelimits.md", "From 2026-07-15 Fleet API limits move from a flat 600 requests/min per API key to token buckets per tenant: 1,200 requests/min sustained, burst 300. Exceeding returns HTTP 429 with Retry-After in seconds."),
    ("api/changes/2026-07-ratelimits-headers.md", "Every response includes X-RateLimit-Remaining and X-RateLimit-Reset (Unix epoch seconds)."),
], """
## Fleet API rate limits, effective 2026-07-15
- Change scope from per API key to per tenant [1].
- Old: flat 600 requests/min. New: 1,200 requests/min sustained, burst 300 [1].
- Over limit: HTTP 429 with `Retry-After` in seconds [1].
- Add `X-RateLimit-Remaining` and `X-RateLimit-Reset` (Unix epoch seconds) on every response [2].
Clients should back off on 429 and honor `Retry-After` [1].
""")

ex("T", "fleet api pagination", "API change notice: default page size reduced on list endpoints", [
    ("api/changes/2026-05-pagination.md", "List endpoints under /v3 reduce the default `limit` from 200 to 50 on 2026-05-28. The maximum `limit` stays at 500. Responses without `next_cursor` are the last page."),
], """
## /v3 list endpoints: default page size
- Change default `limit` from 200 to 50, effective 2026-05-28 [1].
- Keep maximum `limit` at 500 [1].
- Last page: response has no `next_cursor` [1].

Action:
- Pass `limit` explicitly if you depend on the old default [1].
- Loop until `next_cursor` is absent; do not assume one page [1].
""")

ex("T", "app api ble", "Notice to app and firmware teams: BLE height characteristic becomes read-only", [
    ("firmware/ble-changes-4-4.md", "In Helix 4.4.0 the height characteristic 0x2F10 becomes read/notify only. Moves must use the command characteristic 0x2F20 with opcode 0x01 (move to mm) or 0x02 (move to preset)."),
    ("firmware/ble-changes-4-4-compat.md", "Writes to 0x2F10 on 4.4.0 return ATT error 0x03 (Write Not Permitted). App 7.13 already uses 0x2F20; app 7.11 and older will fail to move desks on 4.4.0."),
], """
## BLE: 0x2F10 read/notify only from Helix 4.4.0
- Change height characteristic `0x2F10` to read/notify only [1].
- Move via command characteristic `0x2F20`: opcode `0x01` move to mm, `0x02` move to preset [1].
- Writes to `0x2F10` return ATT error `0x03` (Write Not Permitted) [2].
Compatibility:
- App 7.13: already on `0x2F20` [2].
- App 7.11 and older: moves fail on 4.4.0 [2].
""")

# ---------------------------------------------------------------------------
# Config, env vars, CLI docs
# ---------------------------------------------------------------------------
ex("T", "ota config", "Document the ota.rollout config block", [
    ("ota-service/config.md", "ota.rollout.rings is an ordered list of ring names (default: dogfood, 1pct, 5pct, 25pct, all). ota.rollout.min_soak_hours sets the minimum time per ring, default 48. ota.rollout.halt_error_rate halts promotion when device install failures exceed the value, default 0.02."),
    ("ota-service/config-limits.md", "min_soak_hours accepts 1-336. halt_error_rate accepts 0.001-0.2; values outside the range fail config validation with OTA-CFG-07."),
], """
## `ota.rollout`
| key | default | range |
|---|---|---|
| `rings` | `dogfood, 1pct, 5pct, 25pct, all` | ordered list [1] |
| `min_soak_hours` | `48` | 1-336 [1][2] |
| `halt_error_rate` | `0.02` | 0.001-0.2 [1][2] |

- `rings`: promotion order, first to last [1].
- `min_soak_hours`: minimum time a release stays in each ring [1].
- `halt_error_rate`: stop promotion when install failure rate exceeds it [1].
- Out-of-range values fail validation with `OTA-CFG-07` [2].
""")

ex("T", "sync config env", "Document the environment variables for sync-gateway", [
    ("sync-gateway/README.md", "SYNC_REDIS_URL (required) points at the session store. SYNC_MAX_CONN_PER_POD defaults to 15000. SYNC_PING_INTERVAL_S defaults to 25 and must stay below the ALB idle timeout of 60 s."),
    ("sync-gateway/README-auth.md", "SYNC_JWT_AUDIENCE must equal 'halcyon-sync'. SYNC_LOG_LEVEL accepts debug, info, warn, error; default info."),
], """
## sync-gateway environment
- `SYNC_REDIS_URL`: required; session store URL [1].
- `SYNC_MAX_CONN_PER_POD`: default `15000` [1].
- `SYNC_PING_INTERVAL_S`: default `25`; keep below the ALB idle timeout of 60 s [1].
- `SYNC_JWT_AUDIENCE`: must be `halcyon-sync` [2].
- `SYNC_LOG_LEVEL`: `debug` | `info` | `warn` | `error`; default `info` [2].
""")

ex("H", "helix config collision", "Config reference for Helix collision-detection parameters", [
    ("firmware/helix/params.md", "collision.level (0-5, default 3) maps to current thresholds; 0 disables detection and is blocked on Atlas S units sold in the EU. collision.reverse_mm sets reverse travel after a trigger, default 20, max 40."),
    ("firmware/helix/params-gyro.md", "collision.gyro_enable (default true on Atlas Pro rev E and later) adds tilt detection; threshold collision.gyro_dps defaults to 9 degrees per second."),
], """
## Helix collision parameters
- `collision.level`: 0-5, default `3` [1].
  - `0` disables detection; blocked on Atlas S units sold in the EU [1].
- `collision.reverse_mm`: reverse travel after trigger; default `20`, max `40` [1].
- `collision.gyro_enable`: tilt detection; default `true` on Atlas Pro rev E and later [2].
- `collision.gyro_dps`: tilt threshold; default `9` degrees per second [2].
""")

ex("T", "fleet cli sites", "Document the `fleetctl sites import` command", [
    ("fleetctl/docs/sites-import.md", "`fleetctl sites import --file sites.csv --tenant <id>` creates or updates sites from CSV with columns name, address, timezone, capacity. Add --dry-run to print the diff without writing. Max 2,000 rows per file."),
    ("fleetctl/docs/sites-import-errors.md", "Rows with an unknown IANA timezone fail with SITE-422-TZ and are skipped; the command exits 3 if any row failed."),
], """
## `fleetctl sites import`
```
fleetctl sites import --file sites.csv --tenant <id> [--dry-run]
```
- Create or update sites from CSV; columns `name`, `address`, `timezone`, `capacity` [1].
- `--dry-run`: print diff, write nothing [1].
- Limit: 2,000 rows per file [1].
- Unknown IANA timezone: row skipped with `SITE-422-TZ` [2].
- Exit code `3` if any row failed [2].
""")

ex("T", "helix cli factory", "Document the hxtool flash command for lab use", [
    ("tools/hxtool.md", "`hxtool flash --port /dev/ttyACM0 --image helix-4.3.1.bin` writes an image over USB-DFU. --verify reads back and compares SHA-256. Default baud 921600; fall back to 115200 with --slow on long cables."),
    ("tools/hxtool-safety.md", "hxtool refuses images whose board ID does not match the controller (error HX-BOARD-MISMATCH). Use --force only on lab units tagged LAB-."),
], """
## `hxtool flash`
```
hxtool flash --port /dev/ttyACM0 --image helix-4.3.1.bin --verify
```
- Write image over USB-DFU [1].
- `--verify`: read back and compare SHA-256 [1].
- Default baud 921600; `--slow` uses 115200 for long cables [1].
- Board ID mismatch fails with `HX-BOARD-MISMATCH` [2].
- `--force` only on lab units tagged `LAB-` [2].
""")

ex("T", "fleet config booking", "Write config docs for the booking auto-release settings", [
    ("booking-service/config.md", "booking.auto_release.enabled (bool, default false) releases a desk when nobody checks in. booking.auto_release.grace_minutes defaults to 20 (range 5-120). Check-in sources: QR scan, Atlas presence sensor, app button."),
    ("booking-service/config-notify.md", "booking.auto_release.notify_before_minutes sends a push reminder before release; default 5, must be lower than grace_minutes."),
], """
## `booking.auto_release`
- `enabled`: bool, default `false`; release desk when no check-in [1].
- `grace_minutes`: default `20`, range 5-120 [1].
- `notify_before_minutes`: push reminder before release; default `5`; must be lower than `grace_minutes` [2].

Check-in sources: QR scan, Atlas presence sensor, app button [1].
""")

ex("T", "telemetry config retention", "Document the telemetry retention settings in telemetry-ingest", [
    ("telemetry-ingest/config.md", "retention.raw_days controls raw event retention in S3 bucket hw-telemetry-raw, default 30. retention.rollup_days keeps hourly rollups in ClickHouse, default 400. Tenant overrides need a ticket in DATA-GOV."),
], """
## telemetry-ingest retention
- `retention.raw_days`: raw events in S3 `hw-telemetry-raw`; default `30` [1].
- `retention.rollup_days`: hourly rollups in ClickHouse; default `400` [1].
- Tenant overrides: file a DATA-GOV ticket; do not edit per-tenant values directly [1].

Lowering `raw_days` deletes data on the next lifecycle run; confirm with the data owner first.
""")

# ---------------------------------------------------------------------------
# Changelogs from commits, PR descriptions, commit messages
# ---------------------------------------------------------------------------
ex("T", "fleet web changelog", "Turn these merged PRs into a changelog entry for fleet-web", [
    ("github/fleet-web/merged-prs.txt", "#2210 add CSV export for neighborhood occupancy (Lena Ortiz). #2214 fix date picker skipping Feb 29 in leap years. #2219 bump react-router 6.22 -> 6.26. #2221 remove unused moment.js, -72 KB bundle."),
], """
## fleet-web
### Added
- CSV export for neighborhood occupancy (#2210) [1].
### Fixed
- Date picker skipped Feb 29 in leap years (#2214) [1].
### Changed
- Bump react-router 6.22 -> 6.26 (#2219) [1].
- Remove unused moment.js; bundle -72 KB (#2221) [1].
""")

ex("T", "app ble pr", "Write a PR description for the BLE reconnect backoff change", [
    ("github/halcyon-app/pr-3318-diff-summary.txt", "PR #3318: replace fixed 2 s BLE reconnect retry with exponential backoff starting at 500 ms, factor 2, cap 30 s, with 20% jitter. Closes APP-5990."),
    ("jira/APP-5990.txt", "APP-5990: with 40+ desks in range on office floors, the app retried every 2 s and drained 11% battery per hour."),
], """
## BLE reconnect: exponential backoff (#3318)
Closes APP-5990.

Problem:
- Fixed 2 s retry drained 11% battery per hour with 40+ desks in range [2].

Change:
- Backoff starts at 500 ms, factor 2, cap 30 s [1].
- Add 20% jitter [1].

Testing:
- Verify reconnect after desk power cycle.
- Measure battery drain on a floor with 40+ desks [2].
""")

ex("T", "helix firmware commit", "Write a commit message for the HLX-2350 fix", [
    ("jira/HLX-2350.txt", "HLX-2350: preset 2 stopped 3 mm short on Atlas S with Helix 4.3.1 on tall frames because the 16-bit encoder counter overflowed at 65,535 ticks. Fix widens the tick counter to 32 bits in motor/encoder.c."),
], """
```
motor: widen encoder tick counter to 32 bits

Preset 2 stopped 3 mm short on Atlas S with Helix 4.3.1.
The 16-bit counter in motor/encoder.c overflowed at 65,535
ticks on tall frames.

- Use uint32_t for tick count and delta math
- Keep wire format unchanged

Fixes: HLX-2350
```
Sources: [1].
""")

ex("H", "sync ratelimit pr", "PR description: add per-tenant rate limiting to sync-gateway", [
    ("github/sync-gateway/pr-811.txt", "PR #811 adds a Redis-backed sliding window limiter: 50 messages/s per connection, 5,000 messages/s per tenant. Over-limit frames are dropped and the client gets close code 4429."),
    ("jira/SYNC-207.txt", "SYNC-207: one tenant's kiosk script sent 9,000 msgs/s during a load test on 2026-05-06 and degraded latency for all tenants on shard sync-3."),
], """
## sync-gateway: per-tenant rate limiting (#811)
Refs SYNC-207.

Why:
- One tenant sent 9,000 msgs/s on 2026-05-06 and degraded shard `sync-3` for all tenants [2].

What:
- Redis-backed sliding window limiter [1].
- 50 messages/s per connection, 5,000 messages/s per tenant [1].
- Drop over-limit frames; close with code `4429` [1].

Review focus: limiter key expiry and Redis round trips per frame.
""")

ex("T", "fleet api commit", "Commit message for the FLT-3502 timezone fix", [
    ("jira/FLT-3502.txt", "FLT-3502: /v3/bookings returned ends_at in UTC while starts_at used the site timezone for sites created before 2025-02-01. Fix: serialize both through SiteClock.to_local() in bookings/serializers.py."),
], """
```
bookings: serialize ends_at in site timezone

For sites created before 2025-02-01, /v3/bookings returned
ends_at in UTC while starts_at used the site timezone.

- Route both fields through SiteClock.to_local()
- Touches bookings/serializers.py only
- Add regression test for a site created before 2025-02-01

Fixes: FLT-3502
```
Source: [1].
""")

ex("T", "firmware ci pr", "PR description for moving Helix firmware builds to GCC 13", [
    ("github/helix-fw/pr-1542.txt", "PR #1542 switches the toolchain from arm-none-eabi-gcc 10.3 to 13.2. Flash usage drops from 488 KB to 471 KB with -Os; two new -Warray-bounds warnings in ble/gatt.c are fixed."),
    ("github/helix-fw/pr-1542-tests.txt", "HIL suite passed 312 of 312 tests on Atlas S rev D and Atlas Pro rev F benches."),
], """
## Toolchain: arm-none-eabi-gcc 10.3 -> 13.2 (#1542)
- Bump compiler to 13.2 [1].
- Flash usage 488 KB -> 471 KB at `-Os` [1].
- Fix two new `-Warray-bounds` warnings in `ble/gatt.c` [1].

Validation:
- HIL: 312 of 312 passed on Atlas S rev D and Atlas Pro rev F benches [2].

Risk: codegen changes in motor control timing; watch HIL timing metrics after merge.
""")

# ---------------------------------------------------------------------------
# Triage, known issues, rollback, feature flags, dependency bumps
# ---------------------------------------------------------------------------
ex("T", "app triage", "Summarize triage for APP-6002", [
    ("jira/APP-6002.txt", "APP-6002: since app 7.12.1, 1.9% of Android users see 'Desk not found' (HA-1042) after reboot. Reproduces on Pixel 7 and Galaxy S23 with Android 14. Not reproducible on iOS."),
    ("jira/APP-6002-comments.txt", "Ravi Menon: the cached BLE address is the random resolvable private address, which rotates every 15 minutes. Proposed fix: match on the Helix serial in the advertisement instead. Severity S2, target 7.13."),
], """
## Triage: APP-6002
- Symptom: `HA-1042` "Desk not found" after phone reboot [1].
- Scope: 1.9% of Android users since 7.12.1; Pixel 7, Galaxy S23 on Android 14; not iOS [1].
- Cause: app caches the resolvable private address, which rotates every 15 minutes [2].
- Fix: match on Helix serial in the advertisement (Ravi Menon) [2].
- Severity S2; target 7.13 [2].
""")

ex("T", "app known-issues", "Write the Known issues section for Halcyon app 7.13", [
    ("release-notes/app-7-13-known.md", "App 7.13 known issues: Apple Watch complication shows stale height for up to 5 minutes (APP-6140). On Android 10, standing reminders may arrive late with Doze enabled (APP-6151)."),
    ("release-notes/app-7-13-known-2.md", "Workaround for APP-6151: exclude the Halcyon app from battery optimization. APP-6140 fix is planned for 7.14."),
], """
### Known issues (7.13)
- Apple Watch complication shows stale height for up to 5 minutes (APP-6140) [1]. Fix planned for 7.14 [2].
- Android 10: standing reminders can arrive late with Doze enabled (APP-6151) [1].
  - Workaround: exclude the Halcyon app from battery optimization [2].
""")

ex("T", "fleet deploy rollback", "Rollback procedure for a bad Fleet deploy", [
    ("runbooks/fleet-rollback.md", "Fleet services deploy through Argo CD app fleet-prod. Roll back with `argocd app rollback fleet-prod <history-id>`; history keeps the last 10 revisions. Database migrations are forward-only."),
    ("runbooks/fleet-rollback-db.md", "If the bad release included a migration, roll back code only if the migration is marked backward-compatible in db/migrations/COMPAT.md; otherwise ship a fix-forward."),
], """
## Fleet rollback
1. Find the last good revision: `argocd app history fleet-prod` (last 10 kept) [1].
2. `argocd app rollback fleet-prod <history-id>` [1].
3. If the release shipped a migration, check `db/migrations/COMPAT.md` first [2].
4. Migration not marked backward-compatible: do not roll back; fix forward [2].
5. Migrations are forward-only; never run a down-migration [1].
""")

ex("H", "app presets rollback", "Rollback plan for app 7.10 presets sync if the migration misbehaves", [
    ("design/presets-sync-rollback.md", "Kill switch: remote config flag presets.cloud_sync=false makes 7.10 read presets.db again. Local presets.db is kept for 30 days after migration."),
    ("design/presets-sync-metrics.md", "Roll back if preset_migration_failed exceeds 0.5% of migrations in any 1 h window."),
], """
## App 7.10 presets sync: rollback
Trigger: `preset_migration_failed` above 0.5% of migrations in any 1 h window [2].
1. Set remote config `presets.cloud_sync=false` [1].
2. 7.10 clients read local `presets.db` again [1].
3. Local `presets.db` is retained for 30 days after migration; roll back inside that window [1].
4. Post trigger metric and flag change time in the release channel.
""")

ex("T", "booking flag rollout", "Feature flag rollout plan for booking.auto_release", [
    ("booking-service/flags/auto-release.md", "Flag booking.auto_release is managed in LaunchDarkly project fleet. Phase 1: internal tenant halcyon-hq on 2026-06-02. Phase 2: 10 pilot tenants on 2026-06-16. Phase 3: GA on 2026-07-07."),
    ("booking-service/flags/auto-release-guardrails.md", "Guardrail: roll back a phase if desk-release complaints exceed 3 per 1,000 released bookings or if check-in API p95 exceeds 400 ms."),
], """
## Rollout: `booking.auto_release`
LaunchDarkly project: `fleet` [1].
- 2026-06-02: internal tenant `halcyon-hq` [1].
- 2026-06-16: 10 pilot tenants [1].
- 2026-07-07: GA [1].

Roll back a phase if:
- complaints exceed 3 per 1,000 released bookings, or [2]
- check-in API p95 exceeds 400 ms [2].
""")

ex("T", "app flag", "Flag plan for the new standing reminder algorithm in the app", [
    ("mobile/flags/smart-reminders.md", "Flag reminders.adaptive enables reminders based on the last 14 days of sit/stand history instead of a fixed 45-minute timer. Rollout: 5% on app 7.13, 50% after 7 days if opt-out rate stays below 2%."),
], """
## Flag: `reminders.adaptive`
- Replaces fixed 45-minute timer with reminders based on the last 14 days of sit/stand history [1].
- Start: 5% of users on app 7.13 [1].
- Expand to 50% after 7 days [1].
- Gate: opt-out rate below 2% [1].
- If opt-out rate is at or above 2%, hold at 5% and review reminder spacing.
""")

ex("T", "ota security dependency", "Dependency bump note: OpenSSL in ota-service", [
    ("ota-service/deps.md", "ota-service base image moves from debian:12.4-slim to 12.6-slim, bumping OpenSSL from 3.0.11 to 3.0.13 to address CVE-2024-0727 (PKCS12 NULL dereference). No API changes."),
    ("ota-service/deps-test.md", "Integration tests passed; image size changes from 84 MB to 86 MB."),
], """
## ota-service: OpenSSL 3.0.11 -> 3.0.13
- Bump base image `debian:12.4-slim` -> `12.6-slim` [1].
- Bump OpenSSL 3.0.11 -> 3.0.13 for CVE-2024-0727 (PKCS12 NULL dereference) [1].
- No API changes [1].
- Image size 84 MB -> 86 MB [2].
- Integration tests passed [2].
""")

ex("T", "app ios dependency", "Dependency update note for the iOS app's Sentry SDK bump", [
    ("mobile/ios/deps-2026-05.md", "sentry-cocoa bumped from 8.17.1 to 8.25.0 in app 7.13. Enables app hang tracking above 2 s. Adds 0.4 MB to the IPA."),
    ("mobile/ios/privacy.md", "The bump requires updating PrivacyInfo.xcprivacy with the NSPrivacyAccessedAPICategorySystemBootTime reason 35F9.1."),
], """
## iOS 7.13: sentry-cocoa 8.17.1 -> 8.25.0
- Bump `sentry-cocoa` to 8.25.0 [1].
- Enable app hang tracking, threshold 2 s [1].
- IPA grows by 0.4 MB [1].
- Update `PrivacyInfo.xcprivacy`: add `NSPrivacyAccessedAPICategorySystemBootTime`, reason `35F9.1` [2].
- Check the privacy manifest diff in review before the 7.13 submission.
""")

# ---------------------------------------------------------------------------
# Security advisories
# ---------------------------------------------------------------------------
ex("T", "helix security ble", "Write security advisory HSA-2026-003 for Helix BLE pairing", [
    ("security/HSA-2026-003.md", "HSA-2026-003: Helix 4.0.0-4.2.2 accepted BLE Just Works pairing while the desk was in factory mode, letting a nearby attacker move the desk within about 10 m. CVSS 4.3 (medium). Fixed in Helix 4.2.3."),
    ("security/HSA-2026-003-detection.md", "Exposure requires the desk to be in factory mode, which is entered by holding the up and M buttons for 10 s. No exploitation observed."),
], """
## HSA-2026-003: Helix BLE pairing in factory mode
- Affected: Helix 4.0.0-4.2.2 [1].
- Issue: Just Works pairing accepted in factory mode; attacker within ~10 m could move the desk [1].
- Severity: CVSS 4.3, medium [1].
- Precondition: factory mode, entered by holding up + M for 10 s [2].
- Exploitation: none observed [2].
- Fix: upgrade to Helix 4.2.3 [1].
""")

ex("H", "fleet sso security", "Security advisory for the Fleet SAML signature issue", [
    ("security/HSA-2026-005.md", "HSA-2026-005: Fleet SAML ACS accepted assertions where only the outer Response was signed, allowing assertion injection for tenants using Entra ID. Fixed server-side in Fleet 2026.20 on 2026-05-19. CVSS 8.1 (high)."),
    ("security/HSA-2026-005-review.md", "Log review of 90 days found no injected assertions. Tenants need no action; admins can confirm via the audit event sso.assertion.verified."),
], """
## HSA-2026-005: Fleet SAML assertion injection
- Severity: CVSS 8.1, high [1].
- Issue: ACS accepted assertions where only the outer Response was signed; Entra ID tenants affected [1].
- Fix: server-side in Fleet 2026.20, deployed 2026-05-19 [1].
- Review: 90 days of logs, no injected assertions found [2].
- Tenant action: none. Confirm via audit event `sso.assertion.verified` [2].
""")

ex("T", "app security", "Security note for the app's insecure token storage finding", [
    ("security/findings/APP-SEC-14.md", "APP-SEC-14: Android app 7.11 stored the refresh token in SharedPreferences unencrypted. Fixed in 7.12.0 by moving it to EncryptedSharedPreferences backed by the Android Keystore. Found by Hana Kowalski during internal review."),
], """
## APP-SEC-14: refresh token stored unencrypted (Android)
- Affected: Android app 7.11 [1].
- Issue: refresh token in plain `SharedPreferences` [1].
- Fix: 7.12.0 moves it to `EncryptedSharedPreferences` backed by Android Keystore [1].
- Found by: Hana Kowalski, internal review [1].
- Action: force-upgrade clients below 7.12.0 and rotate their refresh tokens on next login.
""")

# ---------------------------------------------------------------------------
# Benchmarks, SLO reports, alerts
# ---------------------------------------------------------------------------
ex("T", "helix performance motor", "Summarize the Helix motor control loop benchmark", [
    ("bench/helix-ctrl-loop-2026-05.md", "Control loop on STM32G474 at 170 MHz: 4.3.1 runs the PID step in 18.2 us (p99 21.0 us), down from 26.7 us (p99 33.4 us) on 4.2.3. Loop rate stays at 2 kHz."),
    ("bench/helix-ctrl-loop-method.md", "Measured with GPIO toggle and a Saleae Logic Pro 8 over 100,000 iterations on Atlas Pro rev F."),
], """
## Helix control loop: 4.2.3 vs 4.3.1
Target: STM32G474 at 170 MHz, loop rate 2 kHz [1].

| version | mean | p99 |
|---|---|---|
| 4.2.3 | 26.7 us | 33.4 us |
| 4.3.1 | 18.2 us | 21.0 us |
[1]

Method: GPIO toggle, Saleae Logic Pro 8, 100,000 iterations, Atlas Pro rev F [2].
""")

ex("T", "fleet api performance", "Write up the load test results for /v3/bookings", [
    ("perf/bookings-loadtest-2026-06.md", "k6 test against staging, 30 min at 2,500 req/s: POST /v3/bookings p50 48 ms, p95 131 ms, p99 310 ms, error rate 0.02%. Bottleneck: advisory lock on desk_id in booking-service."),
    ("perf/bookings-loadtest-targets.md", "SLO target for POST /v3/bookings is p95 under 200 ms and errors under 0.1%."),
], """
## Load test: POST /v3/bookings
Setup: k6 against staging, 30 min at 2,500 req/s [1].
- p50 48 ms, p95 131 ms, p99 310 ms [1].
- Error rate 0.02% [1].
- SLO: p95 under 200 ms, errors under 0.1%; both met [2].
- Bottleneck: advisory lock on `desk_id` in booking-service [1].
Next: profile lock wait time before raising load further.
""")

ex("T", "fleet slo", "Weekly SLO report for Fleet API, week 21", [
    ("sre/slo/2026-w21.md", "Week 21: Fleet API availability 99.962% against a 99.9% SLO; error budget remaining 61%. p95 latency 212 ms against a 250 ms target. Largest burn: INC-2329 on 2026-05-18 consumed 22% of the monthly budget."),
], """
## Fleet API SLO, week 21
- Availability: 99.962% (SLO 99.9%) [1].
- Error budget remaining: 61% [1].
- p95 latency: 212 ms (target 250 ms) [1].
- Largest burn: INC-2329, 2026-05-18, 22% of monthly budget [1].
Status: within SLO on both indicators [1].
""")

ex("H", "ota slo", "OTA service monthly reliability report for May", [
    ("sre/ota-2026-05.md", "May 2026: OTA manifest availability 99.71% against a 99.5% SLO. Install success rate 98.9% across 61,200 desk updates. Top failure: E46 (image download timeout) at 0.6%, concentrated on desks behind corporate proxies."),
    ("sre/ota-2026-05-actions.md", "Action: raise the chunk download timeout from 10 s to 30 s in Helix 4.4.0; owner Aiko Tanabe."),
], """
## OTA reliability, May 2026
- Manifest availability: 99.71% (SLO 99.5%) [1].
- Install success: 98.9% across 61,200 desk updates [1].
- Top failure: E46 image download timeout, 0.6%, mostly desks behind corporate proxies [1].
Action:
- Raise chunk download timeout from 10 s to 30 s in Helix 4.4.0. Owner: Aiko Tanabe [2].
""")

ex("T", "telemetry alert", "Alert runbook entry for TelemetryIngestLagHigh", [
    ("alerts/telemetry.md", "TelemetryIngestLagHigh fires when consumer lag on desk.events exceeds 2 M messages for 10 minutes. Severity P2 during business hours, P3 otherwise. Dashboard: grafana/d/tel-ingest."),
    ("alerts/telemetry-steps.md", "First check that all 48 partitions have an assigned consumer. Scale with `kubectl -n telemetry scale deploy/ingest --replicas=24`; max replicas 48."),
], """
## TelemetryIngestLagHigh
Condition: lag on `desk.events` above 2 M messages for 10 minutes [1].
Severity: P2 business hours, P3 otherwise [1].
Dashboard: `grafana/d/tel-ingest` [1].
1. Confirm all 48 partitions have an assigned consumer [2].
2. Scale: `kubectl -n telemetry scale deploy/ingest --replicas=24` [2].
3. Do not exceed 48 replicas [2].
""")

ex("T", "ota alert tls", "Alert definition doc for the OTA certificate expiry alert", [
    ("alerts/ota-cert.md", "OtaOriginCertExpiring fires at 14 days before expiry (warning) and 3 days (critical), from the blackbox exporter probe on ota-origin.halcyon.works:443. Added after INC-2291."),
], """
## OtaOriginCertExpiring
- Source: blackbox exporter probe on `ota-origin.halcyon.works:443` [1].
- Warning: 14 days before expiry [1].
- Critical: 3 days before expiry [1].
- Background: added after INC-2291 [1].
Response: renew the certificate, confirm the probe clears, note renewal date in the OTA channel.
""")

# ---------------------------------------------------------------------------
# Design records, test plans, hardware revisions
# ---------------------------------------------------------------------------
ex("T", "telemetry mqtt adr", "Summarize ADR-031: MQTT instead of HTTP polling for desk telemetry", [
    ("adr/ADR-031-mqtt-telemetry.md", "ADR-031 (accepted 2026-02-10): desks publish telemetry over MQTT 5 to AWS IoT Core instead of polling HTTPS every 60 s. Expected reduction: 85% fewer requests and about 40% lower controller radio-on time."),
    ("adr/ADR-031-consequences.md", "Consequences: requires per-desk X.509 certificates provisioned at the factory; Wi-Fi bridge firmware WB 1.3 or later. HTTP polling stays as fallback until 2026-12-31."),
], """
## ADR-031: MQTT for desk telemetry
Status: accepted 2026-02-10 [1].
Decision:
- Publish telemetry over MQTT 5 to AWS IoT Core; replace HTTPS polling every 60 s [1].
Expected:
- 85% fewer requests [1].
- ~40% lower controller radio-on time [1].
Consequences:
- Per-desk X.509 certs provisioned at factory [2].
- Requires Wi-Fi bridge firmware WB 1.3+ [2].
- HTTP polling kept as fallback until 2026-12-31 [2].
""")

ex("T", "fleet adr booking", "ADR summary: move booking conflict checks into Postgres exclusion constraints", [
    ("adr/ADR-034-booking-exclusion.md", "ADR-034 (proposed by Lena Ortiz, 2026-05-21): replace application-level conflict checks with a Postgres EXCLUDE USING gist constraint on (desk_id, tstzrange(starts_at, ends_at)). Motivated by INC-2329."),
    ("adr/ADR-034-tradeoffs.md", "Trade-offs: requires the btree_gist extension; insert latency rises about 1.5 ms in benchmarks; removes the retry path that caused double bookings."),
], """
## ADR-034: booking conflicts via exclusion constraint
Status: proposed, Lena Ortiz, 2026-05-21 [1].
Context: INC-2329 [1].
Decision:
- Replace app-level conflict checks with `EXCLUDE USING gist (desk_id WITH =, tstzrange(starts_at, ends_at) WITH &&)` [1].
Trade-offs:
- Requires `btree_gist` [2].
- Insert latency +~1.5 ms [2].
- Removes the retry path behind the double bookings [2].
""")

ex("T", "atlas hardware test", "Test plan for Atlas Pro lift column rev D", [
    ("hardware/atlas/column-rev-d.md", "Column rev D swaps the spindle nut from POM to PA66-GF30 to cut wear. Target: 20,000 full-stroke cycles at 120 kg with less than 1.5 mm backlash growth."),
    ("qa/test-lab.md", "The Reno test lab runs 4 cycle rigs; each rig completes about 1,000 full-stroke cycles per day. Noise must stay below 50 dB(A) at 1 m. Backlash is recorded every 5,000 cycles."),
], """
## Test plan: Atlas Pro column rev D
Change: spindle nut POM -> PA66-GF30 [1].
- Cycle: 20,000 full strokes at 120 kg [1].
- Pass: backlash growth under 1.5 mm [1].
- Noise: below 50 dB(A) at 1 m, measured at start and end [2].
- Rigs: all 4 Reno rigs, ~1,000 cycles/day each [2].
- Record backlash at each 5,000-cycle checkpoint.
""")

ex("H", "lumen test", "Test plan for Lumen LX 1.7 flicker and dimming regression", [
    ("qa/lumen-lx-1-7.md", "LX 1.7 must keep PWM at 25 kHz and fix stepping below 5% brightness (LUM-212). Flicker metric: Pst LM below 1.0 and SVM below 0.4 at all levels from 1% to 100%."),
    ("qa/lumen-rig.md", "Measure with the Konica CL-500A at 45 cm, 10 dimming steps, lamp warmed for 15 minutes."),
], """
## Test plan: Lumen LX 1.7
Scope: regression on flicker, fix for LUM-212 [1].
- Confirm PWM stays at 25 kHz [1].
- Sweep 1% to 100% brightness in 10 steps [1][2].
- Pass: Pst LM below 1.0 and SVM below 0.4 at every step [1].
- Check no visible stepping below 5% (LUM-212) [1].
- Setup: Konica CL-500A at 45 cm, lamp warmed 15 minutes [2].
""")

ex("T", "atlas hardware controller", "Hardware revision note for the Atlas controller board rev F", [
    ("hardware/atlas/ctrl-rev-f.md", "Controller board rev F replaces the STM32F303 with an STM32G474, adds a 6-axis IMU (LSM6DSO) for tilt-based collision detection and moves the BLE radio to a u-blox NINA-B4. First production lot: F-2601, 2026-01-19."),
    ("hardware/atlas/ctrl-rev-f-compat.md", "Rev F requires Helix 4.1.0 or later. Rev E and earlier cannot run the IMU features."),
], """
## Atlas controller board rev F
- MCU: STM32F303 -> STM32G474 [1].
- Add 6-axis IMU (LSM6DSO) for tilt-based collision detection [1].
- BLE radio: u-blox NINA-B4 [1].
- First production lot: F-2601, 2026-01-19 [1].
Compatibility:
- Requires Helix 4.1.0+ [2].
- Rev E and earlier: no IMU features [2].
""")

ex("T", "vega hardware", "Engineering change note: Vega dual arm rev C", [
    ("hardware/vega/ecn-0412.md", "ECN-0412: Vega dual arm rev C changes the elbow bushing to sintered bronze and raises the per-arm capacity from 8 kg to 9 kg. Effective from serial VD-C-000001; rev B stock ships until depleted."),
], """
## ECN-0412: Vega dual arm rev C
- Change elbow bushing to sintered bronze [1].
- Raise capacity per arm from 8 kg to 9 kg [1].
- Effective from serial `VD-C-000001` [1].
- Rev B stock ships until depleted; capacity stays 8 kg per arm on rev B [1].
Docs: update spec sheet and packaging only for rev C serials.
""")

ex("T", "orion hardware supplier", "ECN for the Orion gas lift supplier change", [
    ("hardware/orion/ecn-0397.md", "ECN-0397: Orion gas lift moves from supplier Kessler to Tanaka Pneumatics, part GL-55, class 4, stroke 120 mm. Effective with production week 2026-W23 at the Juarez line."),
    ("hardware/orion/ecn-0397-qual.md", "Qualification: 200,000 cycles passed on 12 samples; seat height range unchanged at 42-54 cm."),
], """
## ECN-0397: Orion gas lift supplier
- Supplier: Kessler -> Tanaka Pneumatics [1].
- Part: GL-55, class 4, stroke 120 mm [1].
- Effective: production week 2026-W23, Juarez line [1].
- Qualification: 200,000 cycles passed on 12 samples [2].
- Seat height range unchanged, 42-54 cm [2].
""")

# ---------------------------------------------------------------------------
# OTA schedules, error codes, API endpoints, webhooks
# ---------------------------------------------------------------------------
ex("T", "ota helix schedule", "OTA rollout schedule for Helix 4.3.1", [
    ("ota/rollouts/helix-4-3-1.md", "Helix 4.3.1 rollout R-0619: dogfood 2026-05-20, 1% 2026-05-22, 5% 2026-05-25, 25% 2026-05-28, all 2026-06-02. Minimum soak 48 h per ring."),
    ("ota/rollouts/helix-4-3-1-excl.md", "Excluded: desks on rev C controllers and desks in tenant groups with change freezes (currently 3 tenants)."),
], """
## Rollout R-0619: Helix 4.3.1
| ring | date |
|---|---|
| dogfood | 2026-05-20 |
| 1% | 2026-05-22 |
| 5% | 2026-05-25 |
| 25% | 2026-05-28 |
| all | 2026-06-02 |
[1]
- Soak: minimum 48 h per ring [1].
- Exclude rev C controllers [2].
- Exclude tenant groups under change freeze, currently 3 tenants [2].
""")

ex("H", "ota lumen schedule", "OTA schedule for Lumen LX 1.7", [
    ("ota/rollouts/lumen-lx-1-7.md", "Lumen LX 1.7 rollout R-0633 uses three rings: 2% on 2026-07-06, 20% on 2026-07-09, 100% on 2026-07-14. Lamps only update between 01:00 and 05:00 local time when idle."),
], """
## Rollout R-0633: Lumen LX 1.7
- 2026-07-06: 2% [1].
- 2026-07-09: 20% [1].
- 2026-07-14: 100% [1].
Constraints:
- Update window: between 01:00 and 05:00 local time [1].
- Lamp must be idle [1].
Expect lamps in use overnight to update on a later night.
""")

ex("T", "helix errors thermal", "Error code reference entry for E33", [
    ("firmware/helix/errors.md", "E33: thermal cutoff. Raised when the motor driver exceeds 95 C or the duty cycle exceeds 2 minutes of movement in any 20-minute window. Movement is blocked until the driver cools below 70 C."),
    ("firmware/helix/errors-e33.md", "E33 clears automatically; the display shows E33 until cleared. Repeated E33 under normal use suggests a binding column; log an RMA with code THERM."),
], """
## E33: thermal cutoff
Trigger:
- Motor driver above 95 C, or [1]
- more than 2 minutes of movement in any 20-minute window [1].
Behavior:
- Movement blocked until driver cools below 70 C [1].
- Display shows E33 until cleared; clears automatically [2].
Repeated under normal use: suspect binding column; RMA code `THERM` [2].
""")

ex("T", "helix errors", "Error reference entry for E12 column desync", [
    ("firmware/helix/errors-e12.md", "E12: column desync. Raised when the two lift columns differ by more than 8 mm during travel. Recovery: hold the down button for 5 s until the desk lowers to its minimum height and beeps once."),
    ("firmware/helix/errors-e12-causes.md", "Common causes: uneven load over 40 kg on one side, loose motor cable, or a cold boot bug fixed in 4.2.3."),
], """
## E12: column desync
- Trigger: columns differ by more than 8 mm during travel [1].
- Recovery: hold down for 5 s until the desk reaches minimum height and beeps once [1].
Causes:
- Uneven load over 40 kg on one side [2].
- Loose motor cable [2].
- Cold boot bug; fixed in 4.2.3 [2].
""")

ex("T", "app errors", "Internal doc entry for app error HA-1042", [
    ("app/errors.md", "HA-1042 'Desk not found': the app cannot find the saved desk over BLE within 8 s. Logged with the saved peripheral identifier and the last RSSI seen."),
    ("app/errors-1042.md", "On Android 7.12.1 this is mostly caused by rotating private addresses (APP-6002). Telemetry event: ble.scan.timeout."),
], """
## HA-1042: Desk not found
- Meaning: saved desk not found over BLE within 8 s [1].
- Logged fields: saved peripheral identifier, last RSSI seen [1].
- Telemetry event: `ble.scan.timeout` [2].
- Known cause on Android 7.12.1: rotating private addresses (APP-6002) [2].
""")

ex("T", "fleet api bookings", "Document the POST /v3/bookings endpoint", [
    ("api/v3/bookings.md", "POST /v3/bookings creates a reservation. Body: desk_id (string), starts_at and ends_at (RFC 3339), optional note (max 280 chars). Returns 201 with the booking, 409 FLT-409-CONFLICT if the desk is taken, 422 if ends_at is not after starts_at."),
    ("api/v3/limits.md", "Bookings may be at most 12 h long and at most 90 days ahead."),
], """
## POST /v3/bookings
Body:
- `desk_id`: string [1]
- `starts_at`, `ends_at`: RFC 3339 [1]
- `note`: optional, max 280 chars [1]
Limits:
- Duration at most 12 h [2].
- Start at most 90 days ahead [2].
Responses:
- `201`: booking created [1].
- `409 FLT-409-CONFLICT`: desk already taken [1].
- `422`: `ends_at` not after `starts_at` [1].
""")

ex("T", "fleet api desks", "Document GET /v3/desks/{id}/status", [
    ("api/v3/desk-status.md", "GET /v3/desks/{id}/status returns occupancy (free, booked, occupied), current height in mm, firmware version and last_seen_at. Data is cached for 30 s. Requires scope desks:read. Unknown IDs return 404 DESK-404."),
], """
## GET /v3/desks/{id}/status
Scope: `desks:read` [1].
Fields:
- `occupancy`: `free` | `booked` | `occupied` [1]
- `height`: current height, mm [1]
- `firmware`: version string [1]
- `last_seen_at`: timestamp [1]
Caching: 30 s; do not poll faster [1].
Errors: `404 DESK-404` for unknown IDs [1].
""")

ex("T", "fleet webhooks", "Document the desk.height_changed webhook payload", [
    ("api/webhooks/desk-height.md", "desk.height_changed fires when a desk finishes a move of more than 20 mm. Payload: event_id, desk_id, from_mm, to_mm, source (button, app, schedule, fleet), occurred_at. Delivered at least once; dedupe on event_id."),
    ("api/webhooks/retries.md", "Failed deliveries are retried 8 times with exponential backoff up to 6 h; endpoints must answer 2xx within 10 s."),
], """
## Webhook: `desk.height_changed`
Fires after a move of more than 20 mm [1].
Payload:
- `event_id`, `desk_id` [1]
- `from_mm`, `to_mm` [1]
- `source`: `button` | `app` | `schedule` | `fleet` [1]
- `occurred_at` [1]
Delivery:
- At least once; dedupe on `event_id` [1].
- Reply 2xx within 10 s [2].
- 8 retries, exponential backoff up to 6 h [2].
""")

ex("H", "fleet webhooks checkin", "Document the booking.checked_in webhook", [
    ("api/webhooks/checked-in.md", "booking.checked_in fires when a user checks in via QR, presence sensor or app. Payload: event_id, booking_id, desk_id, user_id, method (qr, sensor, app), checked_in_at. Sensor check-ins need 3 minutes of continuous presence."),
], """
## Webhook: `booking.checked_in`
Trigger: check-in via QR, presence sensor or app [1].
Payload:
- `event_id` [1]
- `booking_id`, `desk_id`, `user_id` [1]
- `method`: `qr` | `sensor` | `app` [1]
- `checked_in_at` [1]
Note: `sensor` check-ins need 3 minutes of continuous presence; expect that delay after arrival [1].
""")

# ---------------------------------------------------------------------------
# Deployment checklists, capacity, code review, dev setup
# ---------------------------------------------------------------------------
ex("T", "fleet deploy checklist", "Deployment checklist for Fleet 2026.22", [
    ("fleet/releases/2026-22-plan.md", "Fleet 2026.22 includes migration 0151 (adds bookings.source column, backward-compatible) and flag booking.auto_release at 0%. Deploy window: 2026-06-02 16:00-17:00 UTC. Release captain: Jun Park."),
    ("runbooks/fleet-deploy.md", "Standard checks: staging smoke suite green, error budget above 25%, no open P1 incidents, on-call acknowledged in #fleet-deploys."),
], """
## Deploy checklist: Fleet 2026.22
Window: 2026-06-02 16:00-17:00 UTC. Captain: Jun Park [1].
- [ ] Staging smoke suite green [2]
- [ ] Error budget above 25% [2]
- [ ] No open P1 incidents [2]
- [ ] On-call ack in #fleet-deploys [2]
- [ ] Run migration 0151 (`bookings.source`, backward-compatible) [1]
- [ ] Confirm `booking.auto_release` at 0% [1]
""")

ex("T", "app ios checklist", "Release checklist for submitting iOS app 7.13", [
    ("mobile/ios/release-7-13.md", "7.13 code freeze 2026-06-05; submission target 2026-06-09. Phased release over 7 days. Needs updated screenshots for the Live Activity and the new privacy manifest."),
    ("mobile/ios/release-gates.md", "Gate: crash-free sessions at least 99.7% on TestFlight with 500 or more sessions; QA sign-off from Sofia Castellanos."),
], """
## iOS 7.13 release checklist
- [ ] Code freeze 2026-06-05 [1]
- [ ] TestFlight: crash-free at least 99.7% over 500+ sessions [2]
- [ ] QA sign-off: Sofia Castellanos [2]
- [ ] Update Live Activity screenshots [1]
- [ ] Include privacy manifest [1]
- [ ] Submit by 2026-06-09 [1]
- [ ] Phased release, 7 days [1]
""")

ex("T", "telemetry kafka capacity", "Capacity planning note for the telemetry Kafka cluster", [
    ("capacity/kafka-telemetry-2026q3.md", "MSK cluster tel-prod: 6 brokers kafka.m5.2xlarge, 48 partitions on desk.events. Current ingress 38 MB/s peak, growing about 9% per month with new desk activations. Broker disk 4 TB each at 61% used."),
    ("capacity/kafka-guidelines.md", "Keep peak ingress below 60% of rated broker throughput (rated 90 MB/s per cluster at our message size) and disk below 75%."),
], """
## Capacity: MSK `tel-prod`
Current [1]:
- 6 brokers, kafka.m5.2xlarge; 48 partitions on `desk.events`.
- Peak ingress 38 MB/s, growing ~9%/month.
- Disk 4 TB per broker, 61% used.
Limits [2]:
- Ingress below 60% of rated 90 MB/s.
- Disk below 75%.
Assessment: ingress and disk both below limits today; re-check monthly at ~9% growth [1][2].
""")

ex("H", "fleet db capacity", "Capacity note: storage growth on pg-fleet-main", [
    ("capacity/pg-fleet-main-2026-06.md", "pg-fleet-main (db.r6g.4xlarge) uses 2.1 TB of 3 TB allocated storage; growth is 70 GB per month, 80% of it in the bookings table. Storage autoscaling max is set to 4 TB."),
    ("capacity/pg-fleet-main-actions.md", "Partitioning via migration 0142 allows dropping partitions older than 25 months, estimated to free 600 GB."),
], """
## Capacity: pg-fleet-main storage
- Instance: db.r6g.4xlarge [1].
- Used: 2.1 TB of 3 TB allocated [1].
- Growth: 70 GB/month; 80% in `bookings` [1].
- Autoscaling max: 4 TB [1].
Action:
- After migration 0142, drop partitions older than 25 months; est. 600 GB freed [2].
""")

ex("T", "helix code-review", "Summarize review comments on helix-fw PR #1560", [
    ("github/helix-fw/pr-1560-review.txt", "Review by Felix Graham on PR #1560 (preset smoothing): (1) filter runs in ISR context, move to the 2 kHz control task; (2) magic number 0.82 should be a named constant; (3) missing HIL test for preset 4."),
    ("github/helix-fw/pr-1560-meta.txt", "PR #1560 author Aiko Tanabe; targets Helix 4.4.0; CI passed; flash delta +1.2 KB."),
], """
## Review summary: PR #1560 (preset smoothing)
Author: Aiko Tanabe. Target: Helix 4.4.0. Flash +1.2 KB; CI green [2].
Requested changes (Felix Graham) [1]:
- Move the filter out of ISR context into the 2 kHz control task.
- Replace `0.82` with a named constant.
- Add HIL test for preset 4.
Status: blocked on the three items above.
""")

ex("T", "fleet code-review", "Write review notes for fleet-api PR #4471", [
    ("github/fleet-api/pr-4471.txt", "PR #4471 adds bulk desk assignment (up to 500 desks). It issues one UPDATE per desk inside a loop, and holds a transaction open while calling the notification service."),
    ("github/fleet-api/guidelines.md", "Guideline: no network calls inside DB transactions; batch writes over 50 rows with executemany or COPY."),
], """
## Review: fleet-api #4471 (bulk desk assignment)
- Replace per-desk `UPDATE` loop with a batched write; guideline is batching above 50 rows via `executemany` or `COPY` [1][2].
- Move the notification call out of the transaction; no network calls inside DB transactions [1][2].
- Add a test at the 500-desk limit [1].
Verdict: request changes.
""")

ex("T", "helix dev-setup firmware", "Dev environment setup for Helix firmware", [
    ("helix-fw/CONTRIBUTING.md", "Build with `make BOARD=atlas_pro_f` inside the devcontainer image hx-arm-gcc-13. Flash with hxtool over USB-C; lab boards need the J-Link EDU Mini for debugging. Unit tests: `make test` runs Unity on the host."),
    ("helix-fw/CONTRIBUTING-hil.md", "HIL runs on request: comment /hil on the PR. Bench queue is shared with QA; expect up to 40 minutes wait."),
], """
## Helix firmware: dev setup
1. Open the repo in devcontainer `hx-arm-gcc-13` [1].
2. Build: `make BOARD=atlas_pro_f` [1].
3. Unit tests on host: `make test` (Unity) [1].
4. Flash: `hxtool` over USB-C [1].
5. Debug lab boards: J-Link EDU Mini [1].
6. HIL: comment `/hil` on the PR; queue shared with QA, up to 40 minutes [2].
""")

ex("T", "fleet dev-setup", "Local setup instructions for fleet-api", [
    ("fleet-api/README.md", "Requires Python 3.12 and Docker. Run `make up` to start Postgres 16 and Redis 7 locally, `make seed` to load the demo tenant acme-demo with 300 desks, then `make dev` to serve on port 8040."),
], """
## fleet-api: local setup
Prereqs: Python 3.12, Docker [1].
1. `make up`: start Postgres 16 and Redis 7 [1].
2. `make seed`: load demo tenant `acme-demo`, 300 desks [1].
3. `make dev`: serve on port 8040 [1].
Reset: re-run `make seed` to restore demo data.
""")

# ---------------------------------------------------------------------------
# QA sign-off, end of support, protocol specs, factory procedures
# ---------------------------------------------------------------------------
ex("T", "vega qa", "QA sign-off summary for Vega dual arm rev C", [
    ("qa/vega-rev-c.md", "Vega dual rev C: 30,000 articulation cycles passed at 9 kg per arm; drift under 5 mm at end of test. Clamp torque test passed at 12 Nm on desktops 10-60 mm thick."),
    ("qa/vega-rev-c-signoff.md", "Signed off 2026-04-28 by Sofia Castellanos. Open issue VEG-77: cable cover clip cracks at -10 C in cold-chain shipping; cosmetic, not blocking."),
], """
## QA sign-off: Vega dual rev C
Signed: Sofia Castellanos, 2026-04-28 [2].
Results:
- 30,000 articulation cycles at 9 kg per arm; drift under 5 mm [1].
- Clamp torque 12 Nm on desktops 10-60 mm: pass [1].
Open:
- VEG-77: cable cover clip cracks at -10 C in cold-chain shipping; cosmetic, non-blocking [2].
""")

ex("H", "nimbus qa", "Release readiness summary for Nimbus NC 2.4", [
    ("qa/nimbus-nc-2-4.md", "NC 2.4 soak: 14 pods at Portland HQ for 10 days, zero controller resets, CO2 fan logic verified between 600 and 1,400 ppm. Door chime fix verified on hinge rev A and rev B."),
    ("qa/nimbus-nc-2-4-open.md", "Open: NIM-495, fan ramp audible at step 3 (38 dB) in quiet pods; product accepted for release. Go/no-go owner: Kwame Asante."),
], """
## Readiness: Nimbus NC 2.4
Soak: 14 pods, Portland HQ, 10 days; zero controller resets [1].
Verified:
- CO2 fan logic, 600 to 1,400 ppm [1].
- Door chime fix on hinge rev A and rev B [1].
Open:
- NIM-495: fan ramp audible at step 3, 38 dB; accepted by product [2].
Go/no-go owner: Kwame Asante [2].
""")

ex("T", "helix support-lifecycle", "End-of-support notice for Helix 3.x", [
    ("firmware/lifecycle.md", "Helix 3.x reaches end of support on 2026-10-31: no security fixes after that date and OTA manifests stop offering 3.x images. About 6% of active desks still run 3.x."),
    ("firmware/lifecycle-upgrade.md", "Upgrade path: bridge 3.9.9, then latest 4.x. Controllers older than rev C cannot run 4.x and need board replacement (part HX-CTRL-F)."),
], """
## End of support: Helix 3.x
- EOS date: 2026-10-31 [1].
- After EOS: no security fixes; OTA stops offering 3.x images [1].
- Install base: ~6% of active desks on 3.x [1].
Upgrade:
- Bridge 3.9.9, then latest 4.x [2].
- Controllers older than rev C cannot run 4.x; replace board, part `HX-CTRL-F` [2].
""")

ex("T", "app support-lifecycle", "Deprecation note: dropping Android 9 support in the app", [
    ("mobile/android-min-sdk.md", "App 7.15 raises minSdk from 28 (Android 9) to 29 (Android 10). Android 9 users are 0.8% of monthly actives. 7.14 stays installable on Android 9 but receives no updates."),
], """
## Android: minSdk 28 -> 29 in app 7.15
- Raise `minSdk` from 28 (Android 9) to 29 (Android 10) [1].
- Affected: 0.8% of monthly actives [1].
- Android 9 devices stay on 7.14; no further updates [1].
Action: add an in-app notice in 7.14 for Android 9 users.
""")

ex("T", "helix ble gatt spec", "GATT spec for the Helix height service", [
    ("firmware/ble/gatt.md", "Service 0x2F00 (Helix Height). 0x2F10 height: uint16 mm, read/notify, notify at most every 100 ms while moving. 0x2F20 command: write, opcodes 0x01 move_to_mm (uint16), 0x02 move_to_preset (uint8 1-4), 0x03 stop."),
    ("firmware/ble/gatt-security.md", "All characteristics in 0x2F00 require an encrypted link (LE Secure Connections). Unauthenticated writes return ATT error 0x05."),
], """
## GATT: Helix Height service `0x2F00`
| char | type | props | notes |
|---|---|---|---|
| `0x2F10` height | uint16, mm | read, notify | notify max every 100 ms while moving |
| `0x2F20` command | opcode + arg | write | `0x01` move_to_mm (uint16), `0x02` move_to_preset (uint8 1-4), `0x03` stop |
[1]
- Require encrypted link, LE Secure Connections [2].
- Unauthenticated writes: ATT error `0x05` [2].
""")

ex("T", "vega manufacturing calibration", "Factory calibration procedure for Vega spring tension", [
    ("manufacturing/vega-calibration.md", "Set spring preload on fixture VCF-2 with a 6 kg reference mass. Adjust the tension screw until the arm holds at 45 degrees with less than 3 mm drift in 60 s. Record the screw turns count in MES."),
    ("manufacturing/vega-calibration-limits.md", "Reject if more than 14 turns are needed; this indicates a weak spring cartridge."),
], """
## Vega spring calibration (fixture VCF-2)
1. Mount the arm; hang the 6 kg reference mass [1].
2. Set arm to 45 degrees [1].
3. Adjust tension screw until drift is under 3 mm in 60 s [1].
4. Record turns count in MES [1].
5. Reject if more than 14 turns needed: weak spring cartridge [2].
""")

ex("T", "atlas manufacturing calibration", "End-of-line height calibration steps for Atlas S", [
    ("manufacturing/atlas-eol.md", "Atlas S EOL station: drive to bottom stop, zero the encoder, then drive to 1,000 mm measured by laser LDS-3. Write the offset with `htb cal --offset`. Tolerance: +/-1 mm."),
    ("manufacturing/atlas-eol-fail.md", "If the offset exceeds 6 mm, check column type label; Atlas S columns mis-kitted with Pro columns show offsets near 11 mm."),
], """
## Atlas S EOL height calibration
1. Drive to bottom stop; zero the encoder [1].
2. Drive to 1,000 mm, measured with laser LDS-3 [1].
3. Write offset: `htb cal --offset` [1].
4. Pass: within +/-1 mm [1].
5. Offset above 6 mm: check column type label [2].
6. Offset near 11 mm: Pro columns mis-kitted on an S frame [2].
""")

# ---------------------------------------------------------------------------
# Logs, data jobs
# ---------------------------------------------------------------------------
ex("T", "ota logging", "Document the ota-service log format", [
    ("ota-service/logging.md", "ota-service logs JSON lines to stdout: ts (RFC 3339, UTC), level, msg, desk_serial, rollout_id, image_version, duration_ms. Logs ship to OpenSearch index logs-ota-* and are kept 14 days."),
    ("ota-service/logging-pii.md", "Never log the desk owner's email or the BLE pairing key; redaction middleware drops fields named email, pairing_key and token."),
], """
## ota-service log format
JSON lines on stdout [1]:
- `ts`: RFC 3339, UTC
- `level`, `msg`
- `desk_serial`, `rollout_id`, `image_version`
- `duration_ms`
Storage: OpenSearch `logs-ota-*`, 14 days [1].
Redaction: fields `email`, `pairing_key`, `token` are dropped; do not log owner email or pairing keys [2].
""")

ex("T", "telemetry data job", "Spec for the nightly telemetry rollup job", [
    ("data/jobs/rollup.md", "Job tel-rollup-hourly runs at 02:15 UTC on Airflow, reads raw events from S3 hw-telemetry-raw for the previous day and writes hourly rollups to ClickHouse table desk_hourly. Runtime about 35 minutes; SLA 04:00 UTC."),
    ("data/jobs/rollup-failures.md", "On failure the DAG retries twice at 15-minute intervals, then pages data on-call (Omar Haddad's rotation)."),
], """
## Job: `tel-rollup-hourly`
- Schedule: 02:15 UTC, Airflow [1].
- Input: previous day's raw events, S3 `hw-telemetry-raw` [1].
- Output: ClickHouse `desk_hourly` [1].
- Runtime ~35 minutes; SLA 04:00 UTC [1].
Failure handling:
- Retry twice, 15 minutes apart [2].
- Then page data on-call, Omar Haddad's rotation [2].
""")

ex("H", "fleet data gdpr", "Spec for the Fleet user-deletion job", [
    ("data/jobs/user-deletion.md", "Job fleet-user-purge runs daily at 03:30 UTC. It hard-deletes users flagged deleted more than 30 days ago, anonymizes their bookings (user_id set to NULL, note cleared) and writes an audit row to privacy_audit."),
    ("legal/retention-policy.md", "Booking records are kept anonymized for 25 months for occupancy analytics."),
], """
## Job: `fleet-user-purge`
- Schedule: daily, 03:30 UTC [1].
- Select users flagged deleted more than 30 days ago [1].
- Hard-delete the user row [1].
- Anonymize bookings: `user_id` -> NULL, clear `note` [1].
- Write audit row to `privacy_audit` [1].
- Keep anonymized bookings 25 months for occupancy analytics [2].
""")

# ---------------------------------------------------------------------------
# Status updates, handoffs, sprint summaries
# ---------------------------------------------------------------------------
ex("T", "fleet status-update", "Weekly engineering update for the Fleet team", [
    ("fleet/status/2026-w22.md", "Shipped: Fleet 2026.21 (neighborhoods, dark mode). In progress: ADR-034 exclusion constraint, 60% done. Blocked: SCIM group sync waiting on Okta sandbox access since 2026-05-20."),
    ("fleet/status/2026-w22-metrics.md", "Week 22: 4 deploys, 0 rollbacks, 1 incident (INC-2329 follow-ups closed 3 of 5)."),
], """
## Fleet, week 22
Shipped:
- Fleet 2026.21: neighborhoods, dark mode [1].
In progress:
- ADR-034 exclusion constraint, 60% [1].
Blocked:
- SCIM group sync: waiting on Okta sandbox access since 2026-05-20 [1].
Metrics:
- 4 deploys, 0 rollbacks [2].
- INC-2329 follow-ups: 3 of 5 closed [2].
""")

ex("T", "oncall handoff", "Write on-call handoff notes for the platform rotation", [
    ("oncall/platform-2026-05-25.md", "Open: INC-2333 (sync-gateway p99 latency 900 ms on shard sync-2, mitigated by scaling to 12 pods, root cause unknown). Silenced: TelemetryIngestLagHigh until 2026-05-26 10:00 UTC for partition rebalance."),
    ("oncall/platform-2026-05-25-b.md", "Pending: certificate renewal for api.fleet.halcyon.works due 2026-06-03. Change freeze for tenant Northwind starts 2026-05-27."),
], """
## Platform on-call handoff
Open:
- INC-2333: sync-gateway p99 900 ms on `sync-2`; mitigated by scaling to 12 pods; root cause unknown [1].
Silences:
- `TelemetryIngestLagHigh` until 2026-05-26 10:00 UTC, partition rebalance [1].
Upcoming:
- Renew cert for `api.fleet.halcyon.works` by 2026-06-03 [2].
- Change freeze for tenant Northwind from 2026-05-27 [2].
""")

ex("T", "app sprint", "Sprint 26 summary for the mobile team", [
    ("mobile/sprints/sprint-26.md", "Sprint 26 (2026-05-11 to 2026-05-22): 34 of 41 points done. Done: APP-6002 fix merged, Live Activity polish, Sentry 8.25.0. Carried over: Android targetSdk 35 (APP-6120) and adaptive reminders flag wiring."),
], """
## Mobile sprint 26
Dates: 2026-05-11 to 2026-05-22 [1].
Velocity: 34 of 41 points [1].
Done [1]:
- APP-6002 fix merged.
- Live Activity polish.
- Sentry 8.25.0.
Carried over [1]:
- Android targetSdk 35 (APP-6120).
- Adaptive reminders flag wiring.
""")

ex("H", "firmware sprint", "Firmware team sprint review notes, sprint 14", [
    ("helix-fw/sprints/sprint-14.md", "Sprint 14 closed 2026-06-05. Done: HLX-2350 encoder fix, GCC 13.2 toolchain (PR #1542), preset smoothing in review. Velocity 27 points against 30 planned. Risk: HIL bench 2 down since 2026-06-02, waiting on a replacement PSU."),
], """
## Firmware sprint 14
Closed 2026-06-05 [1].
Velocity: 27 of 30 planned points [1].
Done:
- HLX-2350 encoder fix [1].
- GCC 13.2 toolchain, PR #1542 [1].
In review:
- Preset smoothing [1].
Risk:
- HIL bench 2 down since 2026-06-02; waiting on replacement PSU [1].
""")

# ---------------------------------------------------------------------------
# Compatibility, certificates, infrastructure changes
# ---------------------------------------------------------------------------
ex("T", "helix app compat", "Write the compatibility notes between Helix firmware and app versions", [
    ("compat/helix-app.md", "App 7.11 and older: Helix up to 4.3.x. App 7.12: Helix 4.0-4.3.x, plus read-only support for 4.4.0-beta. App 7.13: full support for Helix 4.4.0 including the 0x2F20 command characteristic."),
    ("compat/helix-app-min.md", "Helix 3.x desks require app 7.9 or newer for OTA; app 7.8 and older cannot update firmware."),
], """
## Compatibility: Helix x app
- App 7.11 and older: Helix up to 4.3.x [1].
- App 7.12: Helix 4.0-4.3.x; read-only on 4.4.0-beta [1].
- App 7.13: full Helix 4.4.0, including `0x2F20` command characteristic [1].
- Helix 3.x OTA: requires app 7.9+; 7.8 and older cannot update firmware [2].
""")

ex("T", "fleet tls security", "Procedure: rotate the TLS certificate for api.fleet.halcyon.works", [
    ("runbooks/tls-rotation.md", "Certificates for *.fleet.halcyon.works are issued by ACM in us-west-2 and eu-central-1 and attached to the ALBs fleet-alb-usw2 and fleet-alb-euc1. ACM DNS validation uses the CNAME in Route 53 zone halcyon.works."),
    ("runbooks/tls-rotation-verify.md", "After attach, verify with `openssl s_client -connect api.fleet.halcyon.works:443 -servername api.fleet.halcyon.works` and confirm notAfter is at least 300 days out."),
], """
## Rotate TLS: api.fleet.halcyon.works
1. Request cert for `*.fleet.halcyon.works` in ACM, us-west-2 and eu-central-1 [1].
2. Validate via DNS CNAME in Route 53 zone `halcyon.works` [1].
3. Attach to `fleet-alb-usw2` and `fleet-alb-euc1` [1].
4. Verify: `openssl s_client -connect api.fleet.halcyon.works:443 -servername api.fleet.halcyon.works` [2].
5. Confirm `notAfter` is at least 300 days out [2].
""")

ex("T", "sync terraform redis", "Infra change note: move sync Redis to ElastiCache 7.1", [
    ("infra/changes/CHG-1187.md", "CHG-1187: replace self-managed Redis on EC2 (redis-sync-1/2) with ElastiCache for Redis 7.1, cluster mode enabled, 3 shards x 2 replicas, cache.r7g.large. Terraform module infra/modules/elasticache v2.4."),
    ("infra/changes/CHG-1187-plan.md", "Cutover 2026-06-18 at 04:00 UTC; sessions are dropped and clients reconnect. Expected reconnect storm: about 120,000 websocket clients within 3 minutes."),
], """
## CHG-1187: sync Redis -> ElastiCache 7.1
- Replace EC2 Redis `redis-sync-1/2` [1].
- Target: ElastiCache for Redis 7.1, cluster mode, 3 shards x 2 replicas, cache.r7g.large [1].
- Terraform: `infra/modules/elasticache` v2.4 [1].
Cutover:
- 2026-06-18 04:00 UTC [2].
- Sessions dropped; ~120,000 websocket clients reconnect within 3 minutes [2].
Pre-scale sync-gateway before cutover.
""")

ex("T", "infra terraform dns", "Change note for moving Fleet DNS records to Terraform", [
    ("infra/changes/CHG-1192.md", "CHG-1192 imports 46 Route 53 records for fleet.halcyon.works into Terraform state (module dns-fleet). No record values change; TTLs stay at 300 s. Plan output must show 0 to change, 0 to destroy."),
], """
## CHG-1192: Fleet DNS into Terraform
- Import 46 Route 53 records for `fleet.halcyon.works` into module `dns-fleet` [1].
- Record values unchanged; TTL stays 300 s [1].
Gate:
- `terraform plan` must show 0 to change, 0 to destroy [1].
- Any other plan output: stop and review before apply.
""")

# ---------------------------------------------------------------------------
# More release notes and firmware components
# ---------------------------------------------------------------------------
ex("T", "helix firmware ga", "Release note for Helix 4.4.0 general availability", [
    ("release-notes/helix-4-4-0.md", "Helix 4.4.0 GA (2026-07-01): standing-time telemetry at 60 s granularity, BLE command characteristic 0x2F20 for moves, preset smoothing with S-curve acceleration. Chunk download timeout raised from 10 s to 30 s."),
    ("release-notes/helix-4-4-0-breaking.md", "Breaking: 0x2F10 is read/notify only; app 7.11 and older cannot move desks on 4.4.0. Requires bootloader 2.2."),
], """
## Helix 4.4.0
Released 2026-07-01 [1].
### Added
- Standing-time telemetry, 60 s granularity [1].
- BLE command characteristic `0x2F20` for moves [1].
- Preset smoothing, S-curve acceleration [1].
### Changed
- OTA chunk download timeout 10 s -> 30 s [1].
### Breaking
- `0x2F10` read/notify only; app 7.11 and older cannot move desks [2].
- Requires bootloader 2.2 [2].
""")

ex("T", "helix bootloader firmware", "Release note for Helix bootloader 2.2", [
    ("release-notes/bootloader-2-2.md", "Bootloader 2.2 adds A/B image slots so a failed boot falls back to the previous image after 3 watchdog resets. Verifies images with ECDSA P-256 instead of RSA-2048; boot time drops from 410 ms to 260 ms."),
    ("release-notes/bootloader-2-2-install.md", "Bootloader 2.2 is delivered inside Helix 4.4.0 and installs once; it cannot be downgraded."),
], """
## Helix bootloader 2.2
- Add A/B image slots; fall back to previous image after 3 watchdog resets [1].
- Switch image verification from RSA-2048 to ECDSA P-256 [1].
- Cut boot time from 410 ms to 260 ms [1].
Install:
- Delivered inside Helix 4.4.0; installs once [2].
- No downgrade path [2].
""")

ex("H", "fleet kiosk android", "Release note for the Fleet kiosk app 3.2 (room and desk booking tablets)", [
    ("release-notes/fleet-kiosk-3-2.md", "Fleet kiosk 3.2 for Android tablets adds NFC badge check-in (ISO 14443A) and an offline mode that queues up to 200 check-ins for 24 h. Minimum Android version rises to 11."),
    ("jira/KSK-118.txt", "KSK-118: kiosk screens stayed dark after a power outage until someone touched them. 3.2 wakes the screen on boot via a device-owner policy."),
], """
## Fleet kiosk 3.2 (Android tablets)
- Add NFC badge check-in, ISO 14443A [1].
- Add offline mode: queue up to 200 check-ins for 24 h [1].
- Fix dark screen after power outage; screen now wakes on boot via device-owner policy (KSK-118) [2].
- Raise minimum to Android 11 [1].
""")

ex("T", "lumen firmware incident", "Incident summary for INC-2262: Lumen reboot loop after LX 1.5", [
    ("incidents/INC-2262.md", "INC-2262, 2025-12-09: Lumen lamps updated to LX 1.5 entered a reboot loop when the ambient light sensor returned 0xFFFF at power-on. 1,870 lamps affected, all on sensor batch ALS-2409."),
    ("incidents/INC-2262-fix.md", "LX 1.5.1 clamps invalid sensor reads and was pushed on 2025-12-10. Lamps in the loop recovered automatically because the updater runs before the sensor init."),
], """
## INC-2262: Lumen reboot loop on LX 1.5
Date: 2025-12-09 [1].
Impact: 1,870 lamps, all on sensor batch ALS-2409 [1].
Cause: ambient light sensor returned `0xFFFF` at power-on; LX 1.5 rebooted in a loop [1].
Fix:
- LX 1.5.1 clamps invalid sensor reads; pushed 2025-12-10 [2].
- Affected lamps recovered automatically; updater runs before sensor init [2].
""")

ex("T", "fleet eu incident latency", "Incident summary for INC-2340: elevated latency in the EU region", [
    ("incidents/INC-2340.md", "INC-2340, 2026-06-08 08:05-09:20 CET: Fleet API p95 in eu-central-1 rose from 180 ms to 2.4 s. Cause: a read replica was promoted during AZ maintenance, and the new primary ran with cold buffers."),
    ("incidents/INC-2340-actions.md", "Action items: enable pg_prewarm on replicas (owner Nadia Petrova), add a p95 latency alert at 800 ms for eu-central-1 (owner Marcus Feld)."),
], """
## INC-2340: EU latency
Window: 2026-06-08 08:05-09:20 CET [1].
Impact: Fleet API p95 in eu-central-1 from 180 ms to 2.4 s [1].
Cause: read replica promoted during AZ maintenance; new primary ran with cold buffers [1].
Actions:
- Enable `pg_prewarm` on replicas. Owner: Nadia Petrova [2].
- Add p95 alert at 800 ms for eu-central-1. Owner: Marcus Feld [2].
""")

ex("T", "postmortem actions", "List the open postmortem action items from INC-2304 and INC-2317", [
    ("incidents/actions-tracker.md", "INC-2304-A1 config lint for JWKS TTL: done 2026-05-02. INC-2304-A2 canary for auth-service at 5% for 30 min: open, owner Lena Ortiz, due 2026-06-15."),
    ("incidents/actions-tracker-2.md", "INC-2317-A1 partition-assignment check in deploy pipeline: open, owner Marcus Feld, due 2026-06-10. INC-2317-A2 lag alert threshold tuning: done 2026-05-20."),
], """
## Open postmortem actions
- INC-2304-A2: auth-service canary at 5% for 30 min. Owner Lena Ortiz, due 2026-06-15 [1].
- INC-2317-A1: partition-assignment check in deploy pipeline. Owner Marcus Feld, due 2026-06-10 [2].

Closed:
- INC-2304-A1 (JWKS TTL lint), 2026-05-02 [1].
- INC-2317-A2 (lag alert tuning), 2026-05-20 [2].
""")

ex("T", "fleet status-page incident", "Technical status update for the engineering channel during INC-2345", [
    ("incidents/INC-2345-live.md", "INC-2345 14:20 UTC: booking-service returning 5% HTTP 500 since 14:02 UTC after deploy 2026.23. Suspect migration 0155 lock on bookings. Rollback to 2026.22 started 14:18 UTC. IC: Jun Park."),
], """
## INC-2345 update, 14:20 UTC
- Status: mitigating [1].
- Impact: booking-service 5% HTTP 500 since 14:02 UTC [1].
- Trigger: deploy 2026.23 [1].
- Suspect: lock from migration 0155 on `bookings` [1].
- Action: rollback to 2026.22 started 14:18 UTC [1].
- IC: Jun Park [1].
Next update after rollback completes.
""")

# ---------------------------------------------------------------------------
# More runbooks
# ---------------------------------------------------------------------------
ex("T", "fleet api security keys", "Runbook: rotate a tenant's Fleet API credentials after a leak", [
    ("runbooks/credential-rotation.md", "Revoke with `fleetctl tenant creds revoke --tenant <id> --client <client_id>`; revocation propagates to all regions within 60 s. Issue new credentials with `fleetctl tenant creds create`."),
    ("runbooks/credential-rotation-comms.md", "Notify the tenant admin through the security contact on file within 4 h and open a SEC ticket with the leak source."),
], """
## Runbook: leaked tenant credentials
1. Revoke: `fleetctl tenant creds revoke --tenant <id> --client <client_id>` [1].
2. Wait 60 s for propagation to all regions [1].
3. Issue new credentials: `fleetctl tenant creds create` [1].
4. Notify the tenant's security contact within 4 h [2].
5. Open a SEC ticket with the leak source [2].
""")

ex("T", "fleet db restore", "Runbook: point-in-time restore of pg-fleet-main to a scratch instance", [
    ("runbooks/pitr.md", "PITR is available for the last 14 days. Restore with `aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier pg-fleet-main --target-db-instance-identifier pg-fleet-restore-<ticket> --restore-time <UTC>`. Restore takes about 50 minutes."),
    ("runbooks/pitr-access.md", "Scratch restores go into the data-restore VPC with no internet route; delete within 7 days."),
], """
## Runbook: PITR of pg-fleet-main
Window: last 14 days [1].
1. Pick restore time in UTC.
2. Run:
```
aws rds restore-db-instance-to-point-in-time \\
  --source-db-instance-identifier pg-fleet-main \\
  --target-db-instance-identifier pg-fleet-restore-<ticket> \\
  --restore-time <UTC>
```
[1]
3. Wait ~50 minutes [1].
4. Target lands in the `data-restore` VPC, no internet route [2].
5. Delete within 7 days [2].
""")

ex("H", "helix ota recovery", "Runbook: recover a desk stuck on the recovery partition", [
    ("runbooks/helix-recovery.md", "A desk on the recovery partition shows 'rEC' and accepts only signed full images over BLE. Push with `otactl device reflash <serial> --image latest-stable`; takes about 4 minutes."),
    ("runbooks/helix-recovery-escalate.md", "If reflash fails twice with E41, the key store is damaged; create an RMA with code KEYSTORE and ship a replacement controller."),
], """
## Runbook: desk on recovery partition
Symptom: display shows `rEC` [1].
1. `otactl device reflash <serial> --image latest-stable` [1].
2. Wait ~4 minutes; only signed full images are accepted over BLE [1].
3. If reflash fails twice with E41: key store damaged [2].
4. Create RMA, code `KEYSTORE`; ship replacement controller [2].
""")

ex("T", "helix security signing", "Runbook for the firmware signing ceremony", [
    ("security/signing-ceremony.md", "Production images are signed on HSM hsm-fw-01 (YubiHSM 2) in the Portland secure room. Two approvers from the list Aiko Tanabe, Hana Kowalski, Felix Graham must be present. Command: `hxsign --slot prod-p256 --in <image> --out <image>.signed`."),
    ("security/signing-ceremony-log.md", "Record image SHA-256, approvers and time in the signing log; upload only after `hxsign verify` passes."),
], """
## Firmware signing ceremony
1. Use HSM `hsm-fw-01` (YubiHSM 2), Portland secure room [1].
2. Two approvers present from: Aiko Tanabe, Hana Kowalski, Felix Graham [1].
3. Sign: `hxsign --slot prod-p256 --in <image> --out <image>.signed` [1].
4. Verify: `hxsign verify` must pass [2].
5. Log image SHA-256, approvers and time [2].
6. Upload only after verify passes and the log entry exists [2].
""")

ex("T", "nimbus oncall sensor", "Runbook: Nimbus pod reports CO2 sensor fault N07", [
    ("firmware/nimbus/errors.md", "N07: CO2 sensor (Sensirion SCD41) not responding on I2C. The controller runs the fan at step 4 as a fail-safe until the sensor recovers."),
    ("runbooks/nimbus-n07.md", "Remote fix: `podctl reboot-sensor <pod-id>`. If N07 returns within 24 h, dispatch a field tech with spare part NB-SCD41."),
], """
## Runbook: N07 (CO2 sensor fault)
Meaning: SCD41 not responding on I2C [1].
Fail-safe: fan runs at step 4 until sensor recovers [1].
1. `podctl reboot-sensor <pod-id>` [2].
2. Watch for N07 over the next 24 h [2].
3. If it returns: dispatch field tech with spare `NB-SCD41` [2].
""")

# ---------------------------------------------------------------------------
# More API docs and notices
# ---------------------------------------------------------------------------
ex("T", "fleet api auth scopes", "Document the OAuth scopes for Fleet API v3", [
    ("api/v3/scopes.md", "Fleet API v3 scopes: desks:read, desks:write, bookings:read, bookings:write, analytics:read, admin:tenant. admin:tenant implies all others and can only be granted by tenant owners."),
    ("api/v3/scopes-tokens.md", "Tokens request scopes space-separated in the scope parameter; requesting an ungranted scope returns 400 invalid_scope."),
], """
## Fleet API v3 scopes
- `desks:read`, `desks:write` [1]
- `bookings:read`, `bookings:write` [1]
- `analytics:read` [1]
- `admin:tenant`: implies all others; granted by tenant owners only [1]
Requesting:
- Space-separated in `scope` [2].
- Ungranted scope: `400 invalid_scope` [2].
Request the narrowest set; avoid `admin:tenant` for integrations [1].
""")

ex("T", "fleet api errors", "Document the Fleet API v3 error response format", [
    ("api/v3/errors.md", "Fleet API v3 errors return JSON with code (e.g. FLT-409-CONFLICT), message, request_id and optional details[]. request_id is also sent as the X-Request-Id header; include it in support tickets."),
    ("api/v3/errors-retry.md", "Retry only on 429, 502, 503 and 504. Never retry 409 or 422 without changing the request."),
], """
## Fleet API v3 errors
Body fields:
- `code`, e.g. `FLT-409-CONFLICT` [1]
- `message` [1]
- `request_id`, also in `X-Request-Id` [1]
- `details[]`, optional [1]
Retry policy:
- Retry: 429, 502, 503, 504 [2].
- Do not retry 409 or 422 unchanged [2].
Include `request_id` in support tickets [1].
""")

ex("H", "fleet api notice booking", "API change notice: booking note length increase and new field", [
    ("api/changes/2026-08-bookings.md", "On 2026-08-04 the booking note limit rises from 280 to 1,000 characters and bookings gain a read-only `source` field (web, app, kiosk, api). No client changes required unless clients validate note length."),
], """
## Bookings API change, 2026-08-04
- Raise `note` limit from 280 to 1,000 characters [1].
- Add read-only `source`: `web` | `app` | `kiosk` | `api` [1].
Action:
- Update client-side `note` validation if it enforces 280 [1].
- Ignore or display `source`; it cannot be written [1].
No other changes [1].
""")

ex("T", "fleet cli deprecation", "Deprecation note for fleetctl v1 commands", [
    ("fleetctl/CHANGELOG.md", "fleetctl 4.0 removes the v1 command aliases `fleetctl desk-list` and `fleetctl booking-add`; use `fleetctl desks list` and `fleetctl bookings create`. 3.9 prints a warning on every v1 alias call."),
], """
## fleetctl: v1 aliases removed in 4.0
- Remove `fleetctl desk-list`; use `fleetctl desks list` [1].
- Remove `fleetctl booking-add`; use `fleetctl bookings create` [1].
- 3.9: warning on every v1 alias call [1].
Action: grep scripts and CI jobs for the old aliases before upgrading to 4.0.
""")

ex("T", "app deeplink", "Spec the app deep link for opening a desk preset", [
    ("mobile/deeplinks.md", "Scheme halcyon:// and universal link https://app.halcyon.works/l/. Path desk/{serial}/preset/{n} moves the paired desk to preset n (1-4) after a confirmation sheet. Unknown serial shows HA-1042."),
], """
## Deep link: desk preset
- Scheme: `halcyon://desk/{serial}/preset/{n}` [1]
- Universal link: `https://app.halcyon.works/l/desk/{serial}/preset/{n}` [1]
- `n`: 1-4 [1]
- Behavior: confirmation sheet, then move paired desk [1].
- Unknown `serial`: `HA-1042` [1].
Do not bypass the confirmation sheet; links can come from untrusted sources such as QR codes or email.
""")

# ---------------------------------------------------------------------------
# Config docs, schemas
# ---------------------------------------------------------------------------
ex("T", "nimbus config", "Config reference for the Nimbus pod controller", [
    ("firmware/nimbus/config.md", "fan.min_step (0-6, default 1), fan.co2_high_ppm (default 900), fan.co2_low_ppm (default 700), light.occupied_lux (default 350), light.vacant_off_min (default 5). Set via Fleet or `podctl config set`."),
], """
## Nimbus controller config
Set via Fleet or `podctl config set <key> <value>` [1].
| key | default |
|---|---|
| `fan.min_step` | `1` (range 0-6) |
| `fan.co2_high_ppm` | `900` |
| `fan.co2_low_ppm` | `700` |
| `light.occupied_lux` | `350` |
| `light.vacant_off_min` | `5` |
[1]
Keep `co2_low_ppm` below `co2_high_ppm`.
""")

ex("T", "telemetry schema", "Document the columns of the desk_hourly ClickHouse table", [
    ("data/schemas/desk_hourly.md", "desk_hourly: desk_id String, hour DateTime('UTC'), stand_seconds UInt32, sit_seconds UInt32, moves UInt16, avg_height_mm UInt16, tenant_id String. Engine ReplacingMergeTree ordered by (tenant_id, desk_id, hour)."),
    ("data/schemas/desk_hourly-notes.md", "stand is any height above 95 cm; rows for desks offline the whole hour are not written."),
], """
## `desk_hourly`
| column | type |
|---|---|
| `desk_id` | String |
| `hour` | DateTime('UTC') |
| `stand_seconds` | UInt32 |
| `sit_seconds` | UInt32 |
| `moves` | UInt16 |
| `avg_height_mm` | UInt16 |
| `tenant_id` | String |
[1]
- Engine: ReplacingMergeTree, order `(tenant_id, desk_id, hour)` [1].
- Stand = height above 95 cm [2].
- No row when the desk was offline the whole hour [2].
""")

ex("T", "fleet config sso", "Document the SSO settings for a Fleet tenant", [
    ("fleet/docs/sso-config.md", "sso.idp_metadata_url must be HTTPS. sso.enforce=true blocks password logins except for 2 break-glass owner accounts. sso.jit_provisioning creates users on first login with role member."),
    ("fleet/docs/sso-config-2.md", "sso.session_hours defaults to 12, range 1-72. Changes take effect at next login."),
], """
## Tenant SSO settings
- `sso.idp_metadata_url`: HTTPS only [1].
- `sso.enforce`: `true` blocks password logins, except 2 break-glass owner accounts [1].
- `sso.jit_provisioning`: create user on first login, role `member` [1].
- `sso.session_hours`: default `12`, range 1-72 [2].
Changes apply at next login [2].
""")

# ---------------------------------------------------------------------------
# Security and dependency updates
# ---------------------------------------------------------------------------
ex("T", "fleet web security dependency", "Security bump note for fleet-web: axios CVE", [
    ("fleet-web/SECURITY-2026-06.md", "Bump axios from 1.6.7 to 1.7.4 to fix CVE-2024-39338 (SSRF via protocol-relative URLs). fleet-web only calls same-origin APIs, so exposure is low. Dependabot PR #2240."),
], """
## fleet-web: axios 1.6.7 -> 1.7.4
- Fix CVE-2024-39338, SSRF via protocol-relative URLs [1].
- Exposure: low; fleet-web calls same-origin APIs only [1].
- PR: #2240 (Dependabot) [1].
Merge with the next regular deploy; no hotfix needed given low exposure.
""")

ex("H", "nimbus security", "Security advisory for the Nimbus maintenance port", [
    ("security/HSA-2026-004.md", "HSA-2026-004: Nimbus controllers with NC 2.2 and earlier exposed a UART maintenance console on the service header J9 without a password. Physical access to the ceiling panel is required. CVSS 2.4 (low)."),
    ("security/HSA-2026-004-fix.md", "NC 2.3 requires a per-device password printed on the controller label. Field techs use `podctl uart-pass <pod-id>` to retrieve it."),
], """
## HSA-2026-004: Nimbus UART console without password
- Affected: NC 2.2 and earlier [1].
- Issue: UART maintenance console on service header J9, no password [1].
- Precondition: physical access to the ceiling panel [1].
- Severity: CVSS 2.4, low [1].
- Fix: NC 2.3, per-device password on controller label [2].
- Field techs: `podctl uart-pass <pod-id>` [2].
""")

ex("T", "fleet api dependency", "Dependency bump note: Django 5.0 to 5.1 in fleet-api", [
    ("fleet-api/deps/django-5-1.md", "fleet-api moves from Django 5.0.6 to 5.1.2. Required changes: replace `DEFAULT_FILE_STORAGE` with the STORAGES setting and drop the removed `USE_L10N`. Test suite: 4,812 tests pass."),
    ("fleet-api/deps/django-5-1-risk.md", "Django 5.1 ships the LoginRequiredMiddleware; we do not enable it. Risk: psycopg 3.1 is the minimum; we are on 3.2."),
], """
## fleet-api: Django 5.0.6 -> 5.1.2
- Replace `DEFAULT_FILE_STORAGE` with `STORAGES` [1].
- Drop removed `USE_L10N` [1].
- Do not enable `LoginRequiredMiddleware` [2].
- psycopg minimum 3.1; current 3.2, no change [2].
- Tests: 4,812 pass [1].
Deploy to staging first and watch storage-related errors in file uploads.
""")

ex("T", "flag cleanup", "Write the flag cleanup note for removing presets.cloud_sync", [
    ("mobile/flags/cleanup-2026-07.md", "presets.cloud_sync has been at 100% since 2026-05-30 with no rollbacks. Remove the flag and the presets.db read path in app 7.15; delete the LaunchDarkly flag after 7.15 reaches 90% adoption."),
], """
## Flag cleanup: `presets.cloud_sync`
- State: 100% since 2026-05-30, no rollbacks [1].
- Remove the flag check and the `presets.db` read path in app 7.15 [1].
- Delete the LaunchDarkly flag once 7.15 reaches 90% adoption [1].
- Until then, keep the flag at 100%; do not toggle.
""")

# ---------------------------------------------------------------------------
# Perf, SLO, ADR, hardware
# ---------------------------------------------------------------------------
ex("T", "app performance", "Summarize the app cold start measurements for 7.13", [
    ("perf/app-cold-start-7-13.md", "Cold start p50 on iPhone 13: 7.12 1,410 ms, 7.13 890 ms. On Pixel 6: 7.12 2,050 ms, 7.13 1,320 ms. Gain from lazy-loading the charts module and deferring Sentry init by 300 ms."),
], """
## Cold start, app 7.12 -> 7.13 (p50)
| device | 7.12 | 7.13 |
|---|---|---|
| iPhone 13 | 1,410 ms | 890 ms |
| Pixel 6 | 2,050 ms | 1,320 ms |
[1]
Changes:
- Lazy-load charts module [1].
- Defer Sentry init by 300 ms [1].
""")

ex("T", "helix ble performance", "Report BLE connection time measurements for Helix 4.3.1 vs 4.4.0", [
    ("bench/ble-connect-2026-06.md", "Time from scan to first height notify, 200 trials each, iPhone 14: 4.3.1 median 1.9 s, p90 3.4 s; 4.4.0 median 1.1 s, p90 1.7 s. Gain from a 30 ms advertising interval during the first 30 s after button press."),
    ("bench/ble-connect-power.md", "Standby current rises from 3.1 mA to 3.4 mA during the fast-advertising window only."),
], """
## BLE connect time: 4.3.1 vs 4.4.0
Method: scan to first height notify, 200 trials each, iPhone 14 [1].
- 4.3.1: median 1.9 s, p90 3.4 s [1].
- 4.4.0: median 1.1 s, p90 1.7 s [1].
Cause: 30 ms advertising interval for the first 30 s after button press [1].
Cost: standby current 3.1 mA -> 3.4 mA during that window only [2].
""")

ex("T", "sync slo", "Monthly SLO summary for sync-gateway, May", [
    ("sre/sync-2026-05.md", "May 2026: sync-gateway message delivery success 99.93% against a 99.9% SLO; p99 delivery latency 640 ms against a 1,000 ms target. Error budget consumed: 70%, mostly INC-2288 and INC-2333."),
], """
## sync-gateway SLO, May 2026
- Delivery success: 99.93% (SLO 99.9%) [1].
- p99 delivery latency: 640 ms (target 1,000 ms) [1].
- Error budget consumed: 70% [1].
- Main burns: INC-2288, INC-2333 [1].
Risk: 70% consumed leaves little margin; freeze risky sync changes until budget recovers.
""")

ex("T", "app adr storage", "ADR summary: SQLite via GRDB instead of Core Data in the iOS app", [
    ("adr/ADR-029-ios-storage.md", "ADR-029 (accepted 2025-11-04): use SQLite through GRDB 6 instead of Core Data. Reasons: shared schema with Android (Room on SQLite), explicit migrations, and easier testing. Migration cost estimated at 3 sprints."),
], """
## ADR-029: iOS storage on SQLite/GRDB
Status: accepted 2025-11-04 [1].
Decision: SQLite via GRDB 6; drop Core Data [1].
Reasons [1]:
- Shared schema with Android (Room on SQLite).
- Explicit migrations.
- Easier testing.
Cost: ~3 sprints [1].
Consequence: new persistence code uses GRDB; no new Core Data entities.
""")

ex("H", "observability adr", "ADR summary: move application logs from OpenSearch to Loki", [
    ("adr/ADR-036-loki.md", "ADR-036 (proposed 2026-06-12 by Bea Lindgren): ship application logs to Grafana Loki on S3 instead of OpenSearch. Estimated log storage cost drops from $18,400 to $5,100 per month. Full-text search over 14 days gets slower; label queries stay fast."),
    ("adr/ADR-036-plan.md", "Plan: dual-write for 30 days starting with ota-service, then sync-gateway and fleet-api; decommission OpenSearch logs-* indices after cutover."),
], """
## ADR-036: logs to Loki
Status: proposed 2026-06-12, Bea Lindgren [1].
Decision: application logs to Grafana Loki on S3; replace OpenSearch [1].
Impact:
- Storage cost $18,400 -> $5,100 per month (est.) [1].
- Full-text search over 14 days slower; label queries unchanged [1].
Plan:
- Dual-write 30 days: ota-service, then sync-gateway, then fleet-api [2].
- Decommission OpenSearch `logs-*` after cutover [2].
""")

ex("T", "nimbus hardware", "Hardware revision note: Nimbus door seal rev C", [
    ("hardware/nimbus/door-seal-rev-c.md", "Door seal rev C uses a dual-durometer EPDM profile (50/70 Shore A) and a magnetic strip. Closing force drops from 42 N to 28 N. Retrofit kit NB-SEAL-C fits pods from serial NB-2023-0001 onward."),
], """
## Nimbus door seal rev C
- Profile: dual-durometer EPDM, 50/70 Shore A [1].
- Add magnetic strip [1].
- Closing force 42 N -> 28 N [1].
Retrofit:
- Kit `NB-SEAL-C` [1].
- Fits pods from serial `NB-2023-0001` onward [1].
""")

ex("T", "lumen hardware", "Hardware change note for Lumen board rev 4", [
    ("hardware/lumen/rev-4.md", "Lumen main board rev 4 replaces the ambient light sensor from batch ALS-2409 supplier with a Vishay VEML7700 and adds a 0.1 uF decoupling cap on the sensor rail. Requires LX 1.6 or later."),
    ("hardware/lumen/rev-4-cost.md", "BOM cost rises by $0.38 per unit; first lot ships from the Shenzhen CM in week 2026-W28."),
], """
## Lumen main board rev 4
- Replace ALS (batch ALS-2409 supplier) with Vishay VEML7700 [1].
- Add 0.1 uF decoupling cap on the sensor rail [1].
- Requires LX 1.6+ [1].
- BOM +$0.38 per unit [2].
- First lot: Shenzhen CM, week 2026-W28 [2].
""")

# ---------------------------------------------------------------------------
# Test plans, CI, tooling
# ---------------------------------------------------------------------------
ex("T", "ota test rollback", "Test plan for OTA A/B rollback on bootloader 2.2", [
    ("qa/ab-rollback.md", "Bootloader 2.2 test: inject a boot-failing image built with FAIL_AFTER_INIT=1 on 10 Atlas Pro rev F desks. Expect fallback to the previous slot after 3 watchdog resets and an E47 event reported within 5 minutes of reconnect."),
], """
## Test plan: A/B rollback (bootloader 2.2)
Setup: 10 Atlas Pro rev F desks [1].
1. Build a boot-failing image with `FAIL_AFTER_INIT=1` [1].
2. Install on all 10 desks [1].
3. Expect fallback to previous slot after 3 watchdog resets [1].
4. Expect E47 event within 5 minutes of reconnect [1].
Pass: all 10 desks fall back and report E47.
""")

ex("T", "sync test load", "Load test plan for sync-gateway before the Redis cutover", [
    ("qa/sync-load.md", "Simulate 150,000 websocket clients with the xk6-ws harness against staging, ramp over 5 minutes, hold 30 minutes. Then kill all sessions to mimic the CHG-1187 cutover and measure reconnect time."),
    ("qa/sync-load-pass.md", "Pass criteria: 99% of clients reconnected within 180 s, pod memory below 1.6 GiB, zero dropped messages after reconnect."),
], """
## Load test: sync-gateway pre CHG-1187
1. Start 150,000 websocket clients, xk6-ws harness, staging [1].
2. Ramp over 5 minutes; hold 30 minutes [1].
3. Kill all sessions to mimic the cutover [1].
4. Measure reconnect time [1].
Pass:
- 99% reconnected within 180 s [2].
- Pod memory below 1.6 GiB [2].
- Zero dropped messages after reconnect [2].
""")

ex("T", "ci flaky", "Write the CI policy note for quarantining flaky tests", [
    ("infra/ci-flaky.md", "A test that fails then passes on retry 3 times in 7 days is auto-tagged @flaky and moved to the quarantine job, which does not block merges. Owners get a ticket in their team queue with a 10-business-day SLA."),
], """
## CI: flaky test quarantine
- Rule: fails then passes on retry 3 times in 7 days [1].
- Action: auto-tag `@flaky`, move to quarantine job [1].
- Quarantine job does not block merges [1].
- Owner ticket filed in team queue; fix within 10 business days [1].
Do not add `@flaky` by hand to unblock a merge.
""")

ex("T", "tooling precommit", "Announce the pre-commit hook changes in the fleet-api repo", [
    ("fleet-api/docs/pre-commit.md", "From 2026-06-10 pre-commit runs ruff 0.4 (lint and format, replacing black and isort), mypy --strict on fleet_api/core/, and a secret scanner (gitleaks 8.18). Install with `pre-commit install`."),
], """
## fleet-api pre-commit, from 2026-06-10
- Replace black and isort with ruff 0.4 (lint + format) [1].
- Add `mypy --strict` on `fleet_api/core/` [1].
- Add gitleaks 8.18 secret scan [1].
Action: run `pre-commit install` after pulling [1].
Expect a one-time reformat diff from ruff on touched files; commit it separately.
""")

ex("T", "freeze release", "Code freeze announcement for the Helix 4.4.0 release branch", [
    ("helix-fw/release-4-4.md", "Branch release/4.4 cut on 2026-06-12. Freeze: only fixes labeled release-blocker merge, approved by release manager Jun Park. RC1 target 2026-06-17; GA target 2026-07-01."),
], """
## Freeze: release/4.4
- Branch cut: 2026-06-12 [1].
- Merges: `release-blocker` label only [1].
- Approver: Jun Park, release manager [1].
- RC1: 2026-06-17 [1].
- GA: 2026-07-01 [1].
Main stays open. Cherry-pick approved fixes into `release/4.4`; no feature work on the branch.
""")

ex("T", "observability dashboard", "Document the new OTA rollout dashboard", [
    ("grafana/ota-rollouts.md", "Dashboard ota-rollouts shows per ring: offered, downloaded, installed, failed, and failure rate against ota.rollout.halt_error_rate. Panels are filtered by rollout_id. Data source: Prometheus, 1-minute resolution."),
], """
## Dashboard: `ota-rollouts`
Filter: `rollout_id` [1].
Panels per ring [1]:
- offered
- downloaded
- installed
- failed
- failure rate vs `ota.rollout.halt_error_rate`
Source: Prometheus, 1-minute resolution [1].
Check it before every ring promotion; hold if failure rate approaches the halt threshold.
""")

# ---------------------------------------------------------------------------
# Infra, compat, handoffs
# ---------------------------------------------------------------------------
ex("T", "kubernetes upgrade", "Change note for the EKS 1.29 to 1.30 upgrade", [
    ("infra/changes/CHG-1201.md", "CHG-1201 upgrades eks-fleet-prod from Kubernetes 1.29 to 1.30 on 2026-06-24. Node groups roll one AZ at a time. Deprecated API flowcontrol.apiserver.k8s.io/v1beta3 must be removed from the priority-class manifests first."),
    ("infra/changes/CHG-1201-verify.md", "Staging eks-fleet-stg upgraded 2026-06-10 with no issues; verify with `kubectl get nodes` showing v1.30 on all nodes."),
], """
## CHG-1201: eks-fleet-prod 1.29 -> 1.30
Date: 2026-06-24 [1].
Before:
- Remove `flowcontrol.apiserver.k8s.io/v1beta3` from priority-class manifests [1].
- Staging `eks-fleet-stg` done 2026-06-10, no issues [2].
During:
- Roll node groups one AZ at a time [1].
After:
- `kubectl get nodes`: all nodes on v1.30 [2].
""")

ex("T", "telemetry cost storage", "Cost change note: S3 lifecycle for raw telemetry", [
    ("infra/changes/CHG-1195.md", "CHG-1195 moves objects in hw-telemetry-raw to S3 Glacier Instant Retrieval after 7 days and expires them at 30 days, matching retention.raw_days. Estimated saving: $2,900 per month."),
], """
## CHG-1195: S3 lifecycle on `hw-telemetry-raw`
- Transition to Glacier Instant Retrieval after 7 days [1].
- Expire at 30 days, matching `retention.raw_days` [1].
- Estimated saving: $2,900/month [1].
Check: any job reading raw data older than 7 days will see higher retrieval cost.
""")

ex("T", "fleet sso compat", "Compatibility notes for Fleet SSO identity providers", [
    ("fleet/docs/sso-compat.md", "Tested IdPs: Okta (SAML and OIDC), Entra ID (SAML), Google Workspace (SAML). OneLogin works but is not in the test matrix. SCIM 2.0 provisioning is supported for Okta and Entra ID only; other IdPs use JIT provisioning."),
], """
## Fleet SSO: IdP compatibility
Tested [1]:
- Okta: SAML, OIDC
- Entra ID: SAML
- Google Workspace: SAML
Untested:
- OneLogin: works, not in test matrix [1].
SCIM 2.0:
- Okta and Entra ID only [1].
Other IdPs: use JIT provisioning instead of SCIM.
""")

ex("T", "release handoff", "Release captain handoff notes for Fleet 2026.23", [
    ("fleet/releases/2026-23-handoff.md", "2026.23 rolled back on 2026-06-09 (INC-2345). Migration 0155 reworked to use CREATE INDEX CONCURRENTLY; re-deploy planned for 2026-06-11 16:00 UTC. Incoming captain: Nadia Petrova."),
], """
## Handoff: Fleet 2026.23
Incoming captain: Nadia Petrova [1].
- 2026-06-09: rolled back, INC-2345 [1].
- Migration 0155 reworked to `CREATE INDEX CONCURRENTLY` [1].
- Re-deploy: 2026-06-11 16:00 UTC [1].
Before re-deploy: confirm 0155 on staging and watch lock waits during the migration.
""")

ex("T", "firmware status-update", "Weekly status for the firmware team", [
    ("helix-fw/status/2026-w24.md", "Week 24: Helix 4.4.0 RC1 tagged 2026-06-17, 0 release-blockers open. Bootloader 2.2 in HIL soak, 1,200 boot cycles clean. Lumen LX 1.7 RC ready for QA."),
    ("helix-fw/status/2026-w24-risks.md", "Risk: HIL bench 2 PSU replacement arrives 2026-06-21; until then soak runs on one bench."),
], """
## Firmware, week 24
- Helix 4.4.0 RC1 tagged 2026-06-17; 0 release-blockers open [1].
- Bootloader 2.2 in HIL soak: 1,200 boot cycles clean [1].
- Lumen LX 1.7 RC ready for QA [1].
Risk:
- HIL bench 2 PSU arrives 2026-06-21; soak on one bench until then [2].
""")

ex("H", "app migration analytics", "Migration note: replacing Firebase Analytics with Amplitude in the apps", [
    ("mobile/analytics-migration.md", "App 7.14 replaces Firebase Analytics with Amplitude (SDK 1.9 iOS, 1.16 Android). Event names stay the same; user properties move to Amplitude identify calls. Dual-send for 2 releases, then Firebase is removed in 7.16."),
    ("mobile/analytics-privacy.md", "Amplitude is configured with EU data residency for EU users and IP address collection disabled."),
], """
## Analytics: Firebase -> Amplitude
- Start in app 7.14: Amplitude SDK 1.9 (iOS), 1.16 (Android) [1].
- Keep event names unchanged [1].
- Move user properties to Amplitude `identify` calls [1].
- Dual-send for 2 releases; remove Firebase in 7.16 [1].
- EU users: EU data residency [2].
- Disable IP address collection [2].
""")

# ---------------------------------------------------------------------------
# RFCs, topic contracts, internal FAQ, bug reports
# ---------------------------------------------------------------------------
ex("T", "atlas presence rfc", "Summarize RFC-112: presence detection from height and motion data", [
    ("rfc/RFC-112-presence.md", "RFC-112 (author Kwame Asante): infer desk presence by fusing the rev F IMU vibration signal with a 24 GHz radar module on the underside of Atlas Pro. Target accuracy 97% with false check-ins under 1%."),
    ("rfc/RFC-112-open.md", "Open questions: radar module adds $6.10 BOM cost; privacy review required because raw radar frames must never leave the controller."),
], """
## RFC-112: presence detection
Author: Kwame Asante [1].
Proposal:
- Fuse rev F IMU vibration signal with a 24 GHz radar module under Atlas Pro [1].
Targets:
- Accuracy 97% [1].
- False check-ins under 1% [1].
Open:
- BOM +$6.10 for radar module [2].
- Privacy review required; raw radar frames stay on the controller [2].
""")

ex("T", "fleet mqtt contract", "Document the MQTT topic contract for schedule pushes from Fleet to desks", [
    ("iot/topics.md", "Fleet publishes desk schedules to halcyon/v1/desks/{serial}/schedule with QoS 1 and retain=true. Payload is CBOR, max 2 KB: list of {weekday, minute_of_day, preset}."),
    ("iot/topics-acl.md", "Desk certificates may subscribe only to topics containing their own serial; publishes from desks to the schedule topic are denied by the IoT policy hc-desk-v3."),
], """
## Topic: `halcyon/v1/desks/{serial}/schedule`
- Publisher: Fleet [1].
- QoS 1, `retain=true` [1].
- Payload: CBOR, max 2 KB [1].
- Schema: list of `{weekday, minute_of_day, preset}` [1].
ACL (policy `hc-desk-v3`):
- Desk subscribes only to topics with its own serial [2].
- Desk publishes to this topic: denied [2].
""")

ex("T", "ota faq", "Internal engineering FAQ entry: why does OTA skip some desks?", [
    ("ota/faq.md", "OTA skips a desk when it moved in the last 10 minutes, when its controller temperature is above 60 C, or when mains voltage reads below 200 V on EU units. Skipped desks retry at the next check, every 6 h."),
    ("ota/faq-logs.md", "Skip reasons are logged as ota.skip with reason codes MOVING, HOT, LOW_V."),
], """
## Why OTA skips a desk
Skip conditions [1]:
- Moved in the last 10 minutes: `MOVING` [2]
- Controller above 60 C: `HOT` [2]
- Mains below 200 V on EU units: `LOW_V` [2]
Retry: next check, every 6 h [1].
Debug: search `ota.skip` events by serial and read the reason code [2].
""")

ex("T", "vega bug report", "File a bug ticket for the Vega cable cover clip cracking in cold shipping", [
    ("qa/vega-rev-c-signoff.md", "Open issue VEG-77 (cosmetic, non-blocking): the cable cover clip on Vega dual rev C cracks at -10 C in cold-chain shipping. Seen on 4 of 20 units in the chamber test. Clip material: PC/ABS."),
    ("hardware/vega/materials.md", "Alternative clip material under evaluation: PA6 with 15% glass fill, rated to -30 C."),
], """
## VEG-77: cable cover clip cracks at -10 C
Product: Vega dual rev C [1].
Repro:
1. Chamber test at -10 C, cold-chain profile [1].
2. Inspect cable cover clips.
Observed: cracks on 4 of 20 units [1].
Material: PC/ABS [1].
Proposed: PA6, 15% glass fill, rated to -30 C [2].
Severity: cosmetic, non-blocking.
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
