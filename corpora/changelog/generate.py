#!/usr/bin/env python3
"""Generate the changelog-entry dataset (train.jsonl / heldout.jsonl).

Every pull request below was written by hand: repository, title, PR body and
the expected changelog entry. The script only adds reproducible "noise" on top
(unfilled PR templates, checklists, reviewer chatter, bot comments), assigns
unique PR numbers and makes a stratified train / held-out split.

    python corpora/changelog/generate.py

Output is deterministic for a given SEED.
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20260417
OUT_DIR = Path(__file__).resolve().parent

REPOS = {
    "fw": "halcyon/helix-firmware",
    "ios": "halcyon/halcyon-ios",
    "android": "halcyon/halcyon-android",
    "web": "halcyon/halcyon-web",
    "cloud": "halcyon/halcyon-cloud",
    "fleet-api": "halcyon/fleet-api",
    "fleet-web": "halcyon/fleet-web",
    "billing": "halcyon/fleet-billing",
    "gateway": "halcyon/fleet-gateway",
    "infra": "halcyon/infra",
}

ITEMS: list[dict] = []


def pr(repo, type_, scope, breaking, title, summary, body, wrap=True):
    """Register one hand-written pull request and its expected entry."""
    ITEMS.append(
        {
            "repo": REPOS[repo],
            "type": type_,
            "scope": scope,
            "breaking": breaking,
            "title": title,
            "summary": summary,
            "body": body.strip("\n"),
            "wrap": wrap,
        }
    )


# ---------------------------------------------------------------------------
# FIXED — firmware
# ---------------------------------------------------------------------------

pr("fw", "fixed", "presets", False,
   "Round encoder counts when converting to mm after a preset stop",
   "Fix the displayed height and preset targets drifting after many preset moves",
   """
## Problem
Since 4.2.0 the displayed height and the stored preset targets creep away from the real height: up to 4 mm after ~200 up/down cycles. Mostly HC-2 desks. Support is seeing "my standing preset is lower than it used to be" tickets (tag `helix-regression`, INC-2026-0129).

## Root cause
The new preset-stop routine in 4.2.0 converts encoder counts to mm with integer division, i.e. it truncates. On HC-3 that loses at most 0.1 mm per stop, nobody notices. HC-2 encoders are 0.4 mm per count, so every preset stop can throw away almost half a millimetre and it accumulates.

## Fix
- round to nearest instead of truncating in `enc_to_mm()`
- recalculate the display offset from the absolute encoder position on every stop instead of adding deltas
- on first boot after the update, clear the accumulated offset and re-derive preset targets (the display may jump a few mm to the correct value, expected)

The physical height was never wrong, only the number on the display and the preset targets.

## Testing
1,000-cycle endurance run on HC-2 (bootloader 1.7 and 2.0) and HC-3: max deviation 0.4 mm, no accumulation.
""")

pr("fw", "fixed", "collision", False,
   "collision: ignore gyro spikes during ramp-up",
   "Fix false collision stops when an Atlas Pro with monitor arms starts moving up",
   """
Customers with a Vega Dual and two 32" monitors at full reach get E05 right as the desk starts going up, maybe 1 in 5 moves. The arms swing when the desk accelerates and the HC-3 gyro reads that as an impact.

Repro:
1. Atlas Pro (HC-3), Vega Dual, ~14 kg of monitors fully extended
2. Press the standing preset from sitting height
3. Desk moves ~1 cm, stops, reverses 25 mm, shows E05

This ignores gyro samples above threshold for the first 350 ms of a move (the ramp-up window) unless the motor current also spikes. Current-based detection stays active the whole time, so a real obstruction during ramp-up still stops the desk. Re-ran the pinch test from the safety checklist (foam block under the desktop at start of travel): still stops within 8 mm on High and Medium.

HC-2 is unaffected, it has no gyro.
""")

pr("fw", "fixed", "display", False,
   "Fix inch formatting for tenths",
   "Fix some heights in inches being shown wrongly, such as 49.9 in displayed as 49.1 in",
   """
Reported by a US customer with a photo: tape measure says 49.9", display says 49.1".

`fmt_inches()` computes tenths as `(mm * 10 / 254) % 10`, but the integer part is computed separately with a different rounding, so for values just under a whole inch the tenths digit wraps while the integer part doesn't carry. Anything ending in .9 after rounding could come out as .1 with the wrong whole number.

Now we convert once to tenths of an inch (rounded) and split that into integer and fractional parts. Added a host test that walks every mm value in the Atlas S and Pro ranges and compares against a float reference — 0 mismatches (was 96).

cm display is not affected.
""")

pr("fw", "fixed", "display", False,
   "display: show stored height on boot",
   "Show the last known height on the display after a power cut instead of dashes",
   """
After mains power comes back the HC-2 display shows `---` until the desk is moved once. People read that as the desk being broken and call support; it's one of the top "no fault found" reasons for Atlas S according to Elena's team.

The desk holds its height during a power cut (self-locking gearboxes), and we already persist the last encoder position on every stop, so on boot we can show it straight away. If the stored value fails its CRC we keep showing dashes as before, and the reset flow (▲ + ▼ for 10 s until `RST`) is unchanged.

Fixes #1877
""")

pr("fw", "fixed", "firmware-ota", False,
   "HC-2: keep signature block inside one flash page",
   "Fix HC-2 desks with bootloader 1.8 stalling at 87% when installing an update",
   """
HC-2 controllers with bootloader 1.8 (built Mar 2022 – Aug 2023) stall at 87% installing 4.2.0, then retry forever. The desk is fine (stays on its old slot), but the app keeps showing failures and phones drain their batteries retrying.

4.2.0 grew by ~3 KB, which pushed the signature block across a flash page boundary. Bootloader 1.8 assumes the block never crosses a page and computes the verification over the wrong range, so it fails every time.

This PR:
- pads the image so the signature block always starts on a page boundary (`imgtool --align 4096` in the release script)
- bundles bootloader 1.9, which reads the signature block correctly wherever it sits; installed after the app image verifies, fallback to 1.8 if the bootloader update itself fails
- adds a CI check that fails the build when the signature block would straddle a page

Tested on the three bootloader-1.8 boards we pulled from the RMA shelf, plus 1.7 and 2.0. Needs app 5.4.2 to deliver. Part of 4.2.1.
""")

pr("fw", "fixed", "keypad", False,
   "Reduce stop overrun after releasing ▲/▼",
   "Fix the desk travelling several millimetres after the up or down key is released",
   """
Measured overrun after releasing ▼ was 6–9 mm on Atlas S and up to 12 mm on Pro, which makes small adjustments annoying (you tap, it jumps).

Two causes:
1. keypad debounce was 40 ms on release as well as on press. Release debounce is now 10 ms.
2. the manual-move stop ramp was a fixed 300 ms regardless of speed. It now scales with current speed, min 80 ms.

| model | before | after |
|---|---|---|
| Atlas S (HC-2) | 6–9 mm | 2 mm |
| Atlas Pro (HC-3) | 8–12 mm | 3 mm |

Preset moves are unchanged (they already use the 8 mm soft-stop).
""")

pr("fw", "fixed", "motor", False,
   "Tune leg sync gains",
   "Fix Atlas Pro desks stopping with E02 when lifting an off-centre load at full speed",
   """
Not just a tuning tweak: this fixes Atlas Pro desks throwing E02 (leg sync imbalance) when the load is heavily off-centre, e.g. a tower PC and a 3D printer on one end. The follower leg lags the leader during acceleration, the difference briefly exceeds 4 mm and we stop.

Changes:
- Kp 0.8 → 1.35, Ki 0.02 → 0.05, small D term added
- integral windup clamp, which we never had
- feed-forward from the leader's commanded speed

Max measured leg difference with 40 kg on one end: 1.4 mm (was 4.6 mm). Normal loads: unchanged at ~0.5 mm.

@anika-sorensen can we get this on the endurance rig over the weekend before merge? 1,000 cycles per the new release checklist.
""")

pr("fw", "fixed", "child-lock", False,
   "child lock state lost in energy saver",
   "Keep the HC-2 child lock engaged after the controller wakes from energy saver",
   """
On HC-2 the child lock (M + ▼ for 3 s) is held in RAM only. When the controller drops into energy saver after 10 minutes idle, RAM isn't retained and the lock comes back disengaged on wake. Parent-reported ticket: their kid walked up and raised the desk into a shelf.

Lock state now goes into the retained register block together with the last height. Added a boot log line so support can see lock state in the error log export.

Testing: locked, waited 25 min, woke via keypad → still locked. Also checked that a full power cut still clears the lock, which is the documented behaviour in the manual.

HC-3 has a dedicated lock key and already persisted the state.
""")

pr("fw", "fixed", "ble", False,
   "ble: accept rejected connection parameter updates",
   "Fix the app losing its Bluetooth connection every 90 seconds on some Android phones",
   """
Pixel 7/8 and a few Xiaomi phones reject our connection parameter update request (we ask for a 30–50 ms interval). We treated the rejection as fatal and retried every 30 s; after three rejections the stack tore down the link. Result: app shows "Desk disconnected" roughly every 90 s and the height readout freezes.

Now we accept whatever interval the central gives us and stop asking after the first rejection. Power impact is negligible, the link is only up while the app is in the foreground.

```
[00:01:31.204] <wrn> ble_conn: conn param update rejected (0x1e)
[00:01:31.205] <wrn> ble_conn: retry 3/3 failed, disconnecting
[00:01:31.260] <inf> ble_conn: disconnected (reason 0x16)
```
""")

pr("fw", "fixed", "firmware-ota", False,
   "Cleanup display timer code",
   "Fix HC-3 desks restarting part-way through a firmware update when the display dims",
   """
Started as a cleanup of the OLED dimming timer, but it turns out the old code is why some HC-3 updates fail at random percentages.

The dim timer callback runs in ISR context and takes the display mutex. During OTA the flash writer holds that mutex (it draws the progress bar) while erasing a page, which can take 80 ms. The ISR spins, the watchdog isn't fed, and we reset:

```
*** HARD FAULT ***
  watchdog timeout, last fed 2013 ms ago
  PC: 0x0002f1a4 display_set_brightness+0x18
  LR: 0x0002e990 dim_timer_cb+0x0c
  thread: ota_writer (prio 5)
```

Thanks to the A/B slots nothing breaks, the desk boots the old slot, but the app says "Update failed, try again". Most retries work, which is why this took so long to find.

Moved dimming to a work queue item, removed the mutex from ISR context and deleted the unused fade curve tables while I was in there. OTA success on the 20-desk test wall went from 93% to 100% over 200 runs.
""")

pr("fw", "fixed", "power", False,
   "power: wake from energy saver on first key press",
   "Fix desks in energy saver sometimes needing two key presses to wake up",
   """
Since energy saver became the default in 4.1.0 we've had reports that the first key press does nothing and you have to press again.

In energy saver the keypad scan runs at 4 Hz from the low-power timer. A short press (< 250 ms) can fall entirely between two scans, so it's never seen. The wake interrupt is wired to the keypad's common line but was only enabled for ▲ and ▼, not for the memory keys.

- enable the GPIO wake interrupt for every key
- on wake, treat the key that caused it as pressed (so ▲ actually moves, not just wakes)

Standby consumption is unchanged at 0.1 W (measured on HC-2 and HC-3).
""")

pr("fw", "fixed", "calibration", False,
   "Reset countdown tolerates contact bounce",
   "Fix the reset combination (▲ + ▼ for 10 seconds) failing on worn keypads",
   """
The reset is "hold ▲ + ▼ for 10 s until `RST`". The countdown restarts whenever either key reads as released, and on older HC-2 keypads with worn domes one of the keys bounces open for a few ms now and then. Over 10 s that is almost guaranteed, so `RST` never appears. Support's workaround was "press really hard", which is not a great answer when someone is stuck on E02.

The countdown now only restarts if a key has been released for more than 150 ms.

Steps to verify:
1. HC-2 with the worn keypad from the HIL spares box
2. hold ▲ + ▼
3. `RST` after 10 s, desk homes, display shows the height
""")

pr("fw", "fixed", "reminders", False,
   "Posture Nudge: use local time for the quiet window",
   "Stop Posture Nudge reminders firing at night for desks outside UTC",
   """
Posture Nudge is supposed to respect the quiet hours set in the app, but the controller RTC runs in UTC and we never applied the offset the app sends on connect. Users in Australia had the HC-3 arrow and the HC-2 preset blink going off in the middle of the night when the desk was left powered.

- store the UTC offset from the last app sync in flash
- compare the nudge window against local time
- if we never received an offset (desk never synced) the nudge stays off, which matches the default

APAC support ticket: HELIX-1422.
""")

pr("fw", "fixed", "display", False,
   "HC-3: don't render stale error slot on wake",
   "Fix the HC-3 display briefly showing E00 after waking from standby",
   """
On wake from standby the OLED redraws before the status task has populated the current state, and the error slot is initialised to 0, which renders as `E00` for ~300 ms. People thought the desk had an error and some called support.

Render nothing until the first status update arrives (max ~50 ms after wake), then draw normally. Also made the error slot default to `ERR_NONE` (0xFF) so this can't happen from another path.
""")

pr("fw", "fixed", "motor", False,
   "Apply user height limits to BLE move commands",
   "Fix the app being able to move the desk past the height limit set on the keypad",
   """
If you set a max height on the keypad (for example because of a shelf above the desk), moves requested from the app ignore it. The BLE `MOVE_TO` handler clamps against the mechanical range but not the user limits. Keypad moves are fine.

The fix moves clamping into `motion_request()` so every source (keypad, BLE, Fleet gateway, remote preset) goes through the same check. Also added a unit test that iterates all sources.

Found by QA while testing #2311.
""")

pr("fw", "fixed", "calibration", False,
   "Check crossbar width during reset",
   "Fix wrong lowest height on Atlas Pro 60-inch desks with the crossbar set for a 72-inch top",
   """
The Atlas Pro crossbar telescopes for 60" and 72" tops. If a 60" desk is assembled with the crossbar at the 72" setting (it physically fits, and the guide is ambiguous), the frame sits slightly differently and our lowest-height calibration is off by about 6 mm. The display says 62.0 cm at the bottom when the real height is lower, and every preset is off by the same amount.

On reset the controller now reads the crossbar width strap on the motor harness and applies the correct lower-limit table. If the strap isn't populated (pre-2025 frames) we keep the old behaviour.

HW team is updating the assembly guide separately (HW-311).
""")

pr("fw", "fixed", "power", False,
   "Delay motor handshake until supply is stable",
   "Fix a rare E12 error after power cuts on desks plugged into surge-protected power strips",
   """
Some surge-protected strips ramp their output slowly (~300 ms to reach 24 V at the PSU output). The controller boots at ~15 V, starts the handshake with the motor boards, and the motor boards are still in brownout reset, so the handshake times out and we latch E12 (controller–motor communication lost). Power-cycling again usually fixed it, which is why the tickets say "random".

Wait for the supply monitor to report > 22 V for 100 ms before starting the handshake, and retry the handshake three times before raising E12.

Repro with the programmable PSU: 0 → 24 V over 400 ms. Before: E12 in 7/20 boots. After: 0/200.
""")

pr("fw", "fixed", "presets", False,
   "Queue preset press during move tail",
   "Fix the desk ignoring a preset press made in the last two seconds of a move",
   """
If you pressed another preset while the desk was in the final part of a move (soft-stop + settle, about 2 s), the press was dropped because the motion FSM was in `STOPPING` and only accepted input in `IDLE` or `MOVING`. Annoying when you change your mind as it arrives.

Presses during `STOPPING` are now queued (one deep, latest wins) and executed as soon as the desk is idle.
""")

pr("fw", "fixed", "ble", False,
   "Handle multi-byte UTF-8 in desk name",
   "Fix the controller crashing when the desk is renamed with an emoji in the app",
   """
Renaming the desk to "🦒 desk" from the app made the controller reset, and it kept resetting on every connection until the name was changed back from another phone.

The name characteristic is 20 bytes. We truncated at byte 20 without respecting UTF-8 boundaries, and the display font lookup then walked off the end of the glyph table on the broken sequence. Truncate on a code point boundary now, and the font renderer draws unknown glyphs as `?` instead of indexing blindly.

```
[00:00:04.112] <err> os: ***** BUS FAULT *****
[00:00:04.112] <err> os:   Precise data bus error
[00:00:04.112] <err> os:   BFAR Address: 0x2004ffe0
[00:00:04.113] <err> os: r0/a1:  0x0000f09f  r1/a2:  0x00000014
[00:00:04.113] <err> os: Faulting instruction address (r15/pc): 0x0001c2a6
```
""")

pr("fw", "fixed", "display", False,
   "OLED: fix inverted ambient light curve",
   "Fix the HC-3 display dimming too much in bright rooms",
   """
The HC-3 auto-brightness maps the ambient light sensor reading to OLED contrast. The lookup table was loaded in reverse order, so the display got dimmer as the room got brighter. In a sunny office the readout was barely visible.

Flip the table and add hysteresis so the display doesn't visibly step when a cloud goes past. Tested in the lab from 5 to 2,000 lux.
""")

pr("fw", "fixed", "collision", False,
   "Collision detection on descent with light loads",
   "Fix collision detection reacting late on the way down when an Atlas S desktop is lightly loaded",
   """
HC-2 detects collisions on descent by the motor current dropping (the obstruction takes weight off the legs). With a nearly empty desktop (< 10 kg) the current is already close to the threshold floor, so there's no margin to detect a drop, and the desk can keep pressing down on an obstruction for too long: we measured 25 mm of travel into a foam block before the stop, spec is ≤ 10 mm.

Load-adaptive threshold: measure steady-state current during the first 500 ms of descent and detect relative drops instead of an absolute floor. Works at all three sensitivity levels. With the bench sled at 5 kg we now stop within 6 mm, then reverse 25 mm and show E05 as usual.

Safety review done with the hardware team (notes in HW-402). This should go to every ring, not just the first stage.
""")

pr("fw", "fixed", "firmware-ota", False,
   "Posture Nudge: suspend during image apply",
   "Stop Posture Nudge reminders from firing while a firmware update is being applied",
   """
During the ~40 s at the end of an update when the new image is applied, the desk can't move. If a Posture Nudge came due in that window, the HC-3 showed the "stand up" arrow and the app sent a notification telling you to move a desk that refuses to move. A few people reported E-codes that were actually just them pressing ▲ during apply.

Nudge timer is now paused from `OTA_APPLY` until first boot of the new image, and the interval restarts from zero afterwards.
""")

pr("fw", "fixed", "calibration", False,
   "Fix -0.0 offset in service menu",
   "Fix the service menu showing -0.0 as the height offset",
   """
Tiny one. In the HC-3 service menu the height offset shows `-0.0` when the offset is between -0.05 and 0 cm. A couple of installers thought the calibration was off and re-calibrated unnecessarily. Round before formatting and treat anything that rounds to zero as `0.0`.

Fixes #2231
""")

pr("fw", "fixed", "ble", False,
   "Report the running slot's version over BLE",
   "Fix the app showing firmware version 0.0.0 right after an update",
   """
The Device Information Service `Firmware Revision` characteristic is filled at init from an image header. After an update we boot from the other slot (A/B), but the code read the header of slot A unconditionally. If the new image is in slot B and slot A has just been marked for erase → "0.0.0". The app then offers the same update again and people install it twice.

Read the header of the running slot. Verified A→B and B→A swaps on HC-2 and HC-3.
""")

pr("fw", "fixed", "keypad", False,
   "Keypad stuck after brief ▲+▼",
   "Fix the keypad becoming unresponsive after briefly pressing up and down together",
   """
### Steps to reproduce
1. press and hold ▲ + ▼ (the reset combination)
2. release both after 2–3 s, i.e. before `RST`
3. press ▲

### Expected
desk moves up

### Actual
nothing happens until a power cycle (the app still works)

When the reset countdown is aborted we went back to `IDLE` but never cleared the `reset_pending` flag, and the key handler ignores everything while that flag is set. Clear it on abort, plus a test for the abort path.
""")


# ---------------------------------------------------------------------------
# FIXED — Halcyon app (iOS / Android / web / app backend)
# ---------------------------------------------------------------------------

pr("ios", "fixed", "app-sync", False,
   "Refresh sync subscription when returning to foreground",
   "Fix presets edited on the web app not appearing on the phone until the app is restarted",
   """
If you edit a preset on app.halcyonworks.com while the iOS app is in the background, the phone keeps showing the old value until you kill and relaunch the app.

The sync websocket gets closed by iOS after ~30 s in background, and on `willEnterForeground` we reconnected but didn't re-subscribe to the `presets` channel (the subscription list was cleared on disconnect). So the server never pushed changes, and the pull-on-launch only happens on a cold start.

- resubscribe all channels after every reconnect
- do an incremental pull (`since=<last cursor>`) on foreground, in case anything was missed while disconnected

QA: edit on web, background → foreground on iPhone, preset updated within ~1 s ✅. Android had the same bug, fixed in android#2811.
""")

pr("android", "fixed", "pairing", False,
   "Bump Nordic BLE library to 2.7.4",
   "Fix the Android app crashing on launch when the Nearby devices permission is denied",
   """
Bumps `no.nordicsemi.android:ble` 2.6.1 → 2.7.4, but the important part is the second commit.

On Android 14, if the user has denied the Nearby devices permission, we crash on launch because `DeskScanner` starts scanning from `Application.onCreate` before we check permissions:

```
FATAL EXCEPTION: main
Process: com.halcyonworks.app, PID: 18233
java.lang.SecurityException: Need android.permission.BLUETOOTH_SCAN permission for android.content.AttributionSource@4d1a2c: GattService registerScanner
    at android.os.Parcel.createExceptionOrNull(Parcel.java:3057)
    at android.bluetooth.le.BluetoothLeScanner.startScan(BluetoothLeScanner.java:254)
    at com.halcyonworks.ble.DeskScanner.start(DeskScanner.kt:88)
    at com.halcyonworks.app.HalcyonApp.onCreate(HalcyonApp.kt:41)
```

~2.1% of Android 14 sessions in Crashlytics. Scanning now only starts from the desk screen once the permission is granted, and if it's denied we show the "Allow nearby devices" card instead of crashing. The library bump is needed for the new `PermissionState` helper.
""")

pr("ios", "fixed", "notifications", False,
   "Dedupe Posture Nudge between phone and watch",
   "Fix duplicate Posture Nudge notifications when both a phone and a smartwatch are connected",
   """
With a watch paired, people got every Posture Nudge twice on the wrist: once mirrored from the phone notification and once from the watch extension, which schedules its own local notification when it sees the desk's nudge characteristic change.

The watch extension now only schedules a notification if the phone is unreachable (`WCSession.isReachable == false`), and both use the same `threadIdentifier` + request identifier so the system collapses them if they still overlap.

To reproduce: Posture Nudge on (20 min), Apple Watch paired, phone in pocket, wait for a nudge → two buzzes.
""")

pr("web", "fixed", "stats", False,
   "Activity chart colours in dark mode",
   "Fix the activity chart being unreadable in dark mode on the web app",
   """
Bars were `#1b2733` on a `#151d26` background in dark mode, basically invisible. The chart component reads its colours once at mount, and on first load the theme is resolved after mount, so it always got the light palette. Chart now reads CSS variables at render time and picks up theme changes live, including when the OS switches at sunset.

Screenshots:
<!-- drag screenshots here -->
before: ![before](https://github.com/halcyon/halcyon-web/assets/before-dark-chart.png)
after: ![after](https://github.com/halcyon/halcyon-web/assets/after-dark-chart.png)
""")

pr("android", "fixed", "health-sync", False,
   "health: dedupe standing sessions",
   "Fix standing time being written twice to Health Connect",
   """
Every standing session gets written twice when the app is in the background during sync: once by the foreground service and once by the periodic WorkManager job. Both use `insertRecords` without a client record id, so Health Connect has no way to dedupe.

Set `clientRecordId = "stand-" + session.uuid` and `clientRecordVersion` to the session revision. Health Connect upserts on that id, so no new duplicates are created. Existing duplicates aren't removed: we'd need read permission to find them, and we deliberately only request write.
""")

pr("ios", "fixed", "accessibility", False,
   "a11y: announce height after moves",
   "Fix VoiceOver not announcing the desk height after the desk stops moving",
   """
VoiceOver users had no feedback after a move: the height label updates visually but isn't announced, so you don't know where the desk ended up unless you swipe back to the readout. Reported by a user through support (thanks Elena for forwarding).

We now post `UIAccessibility.Notification.announcement` with "Desk at 72.5 centimetres" (or inches, following the unit setting) when a move completes. Also fixed the readout being read digit by digit ("seven two point five") because of the rolling-digit animation views; the container now has a single label.

Tested on iOS 17 and 18 with VoiceOver and Switch Control.
""")

pr("android", "fixed", "firmware-ota", False,
   "OTA: wait for reboot before reporting success",
   "Fix the firmware update screen getting stuck at 99%",
   """
After the last chunk the desk applies the image and reboots (about 40 s). We were waiting for a "done" notification that the controller never sends because it's already applying, so the progress bar sat at 99% forever. The update actually succeeded; people force-closed the app and tried again, which is where the "update loops" reports come from.

After the last chunk is acknowledged we now show "Applying update… don't move the desk", wait for the desk to re-advertise (timeout 120 s), reconnect and read the firmware version. Success if it matches the expected version, otherwise the existing error screen (E09 explanation included).
""")

pr("ios", "fixed", "widgets", False,
   "Widget timeline refresh after moves",
   "Fix the home screen widget showing an outdated desk height",
   """
The widget only refreshed on its 30 minute timeline, so after moving the desk it showed the old height until the next refresh. We now call `WidgetCenter.shared.reloadTimelines(ofKind:)` after every move completes (debounced to 5 s) and when the app goes to background. Stays within the refresh budget in my testing (~40 reloads/day for a heavy user).
""")

pr("android", "fixed", "pairing", False,
   "Pairing on Samsung with location services off",
   "Fix desk pairing failing on Samsung phones when location services are turned off",
   """
On One UI 5/6, BLE scan results are silently empty when location services are off, even with `neverForLocation` on BLUETOOTH_SCAN. Known Samsung quirk. Pairing just spins until timeout while the desk sits there showing `PAI`.

Fix: on Samsung devices, if the scan returns nothing for 8 s and location is off, show a card explaining that location must be on for pairing, with a button to the settings screen. We don't request the location permission itself.

Not pretty, but it's what other BLE apps do. Tested on S22 (One UI 6.1) and A54.
""")

pr("web", "fixed", "auth", False,
   "auth: first-party token exchange",
   "Fix an endless sign-in loop on the web app in Safari",
   """
Safari users with "Prevent cross-site tracking" on (the default) get bounced between app.halcyonworks.com and auth.halcyonworks.com forever, because the session cookie is set on the auth domain and Safari treats it as third-party when the app fetches `/session`.

Moved the token exchange to `app.halcyonworks.com/api/auth/callback` so the cookie is first-party. Needs the load balancer route from halcyon/infra#412 — merge that first.

Repro: Safari 17, fresh profile, go to app.halcyonworks.com, sign in with email → back on the sign-in page.
""")

pr("cloud", "fixed", "stats", False,
   "Stats: bucket days by local date",
   "Fix weekly standing totals counting the day of a daylight-saving change twice",
   """
The weekly aggregation generates day buckets by adding 24 h to the week start. On a DST change that drifts by an hour and the last bucket of the week overlaps the first bucket of the next, so Sunday's standing time shows up in both weeks, including the Monday weekly report.

Buckets are now generated with `date_trunc('day', ts AT TIME ZONE user_tz)`. Backfilled the affected weeks around the March and November 2025 changeovers (script in `scripts/backfill_dst_weeks.sql`, ran on staging, ~4 min).
""")

pr("android", "fixed", "localization", False,
   "l10n: fix truncated German labels",
   "Fix truncated button labels in the German translation",
   """
"Höhe speichern" and "Erinnerungen pausieren" are cut off on small screens (Pixel 4a, Galaxy A series). Buttons now wrap to two lines instead of ellipsizing, and the preset chips use `autoSizeTextType="uniform"` down to 12sp.

Also fixed "Stehzeit" being used for both "standing time" and "standing goal" — goal is now "Stehziel" per the glossary from the localization vendor.
""")

pr("ios", "fixed", "presets", False,
   "Tidy up PresetsViewModel",
   "Fix a crash when deleting the last remaining preset",
   """
Mostly moving code around, but it also fixes the #1 iOS crash in 5.4.x:

```
Fatal error: Index out of range
0  libswiftCore.dylib   _assertionFailure(_:_:file:line:flags:)
1  Halcyon              PresetsViewModel.selectedPreset.getter + 212 (PresetsViewModel.swift:88)
2  Halcyon              PresetsView.body.getter + 1044
3  SwiftUI              ViewGraph.updateOutputs(at:)
```

Deleting the last preset left `selectedIndex = 0` with an empty array. `selectedPreset` is now optional and the empty state shows the "Save your first preset" card. The rest of the PR splits the view model into `PresetsViewModel` + `PresetEditor`; no behaviour change there.
""")

pr("android", "fixed", "lamp", False,
   "Lumen: don't overwrite slider while dragging",
   "Fix the Lumen brightness slider jumping back while it is being dragged",
   """
The lamp sends a state notification for every brightness write, and we applied incoming state to the slider even while the user was dragging, so it snapped back to an older value and fought the finger. Incoming brightness is now ignored while a drag is in progress and for 500 ms after it ends, then the final lamp value wins.
""")

pr("cloud", "fixed", "auth", False,
   "Sign in with Apple: match on sub, not email",
   "Fix sign-in loops for Sign in with Apple users who changed their Apple ID email",
   """
A small number of users (~300) end up in a loop: Apple sign-in succeeds, we redirect to the app, the app asks for sign-in again. All of them changed the email on their Apple ID after creating their Halcyon account.

We looked up the account by the email in the identity token first and only fell back to the Apple `sub`. With the new email there's no match, we try to create a new account, that fails on the unique `apple_sub` constraint, and the error path returns the user to the sign-in screen without a message.

- look up by `apple_sub` first, then by verified email
- update the stored email when Apple reports a change
- the error path now shows a message with a support link instead of silently restarting

Runbook for support updated (APP-2290).
""")

pr("web", "fixed", "stats", False,
   "Week selector: use ISO week-year",
   "Fix the activity report week selector jumping to the previous year in January",
   """
In the first days of January the week selector on the activity report showed week 1 of the *previous* year, so "this week" jumped back twelve months and the chart was empty.

We formatted with `YYYY` (calendar year) together with `ww` (ISO week). Week 1 of 2026 starts on Dec 29, 2025, so for those days the combination was wrong in one direction or the other. Switched to `GGGG-[W]WW` everywhere and added tests for the Dec 29 – Jan 4 boundary across the last five years.
""")

pr("android", "fixed", "app-sync", False,
   "sync: release wakelock on failure path",
   "Fix the Android app draining the battery in the background after a failed sync",
   """
Users reported the Halcyon app at the top of battery usage (one at 18% overnight). `SyncWorker` acquires a partial wakelock, and on `IOException` the early return skipped `release()`. Nothing caps it, so the phone stays awake until the process dies.

- wrap in `try/finally`
- drop the manual wakelock entirely for WorkManager jobs (WorkManager already holds one)
- add a 10 min timeout on the one remaining wakelock in the foreground service

Checked with `adb shell dumpsys power` before/after, with airplane mode forcing sync failures.
""")

pr("ios", "fixed", "onboarding", False,
   "Onboarding: show calibration for HC-2 desks",
   "Fix onboarding skipping the height calibration step for Atlas S desks",
   """
The calibration step was gated on `controller == .hc3` from back when only HC-3 reported absolute height. HC-2 has reported absolute height since Helix 4.0, so Atlas S owners never got asked to measure their desktop, and their heights can be off by the thickness of a non-standard top (2–4 cm). Gate is now the firmware capability flag `abs_height` instead of the controller model.
""")

pr("ios", "fixed", "notifications", False,
   "Parse quiet hours with 24-hour locale",
   "Fix Posture Nudge quiet hours being ignored on phones set to a 24-hour clock",
   """
Quiet hours were stored as the formatted string ("10:00 PM") and parsed back with a fixed `h:mm a` format. On 24-hour locales the stored string is "22:00", parsing returns nil, and nil meant "no quiet hours". Nudge notifications then fired all evening.

Stored as minutes since midnight now; existing strings are migrated by trying both formats. Unit tests cover en_US, en_GB, de_DE, ja_JP.
""")

pr("android", "fixed", "firmware-ota", False,
   "Keep OTA session across configuration changes",
   "Fix the Android app crashing when the phone is rotated during a firmware update",
   """
The OTA session lived in the Fragment, so rotating the phone mid-update destroyed it and the new fragment tried to resume with a null transport:

```
java.lang.NullPointerException: Attempt to invoke virtual method 'void com.halcyonworks.ota.Transport.send(byte[])' on a null object reference
    at com.halcyonworks.ota.OtaSession.sendChunk(OtaSession.kt:142)
    at com.halcyonworks.ui.ota.OtaFragment$onViewCreated$2.invokeSuspend(OtaFragment.kt:77)
```

Moved the session into `OtaViewModel` so it survives configuration changes. The desk just sees a short pause, so no firmware change needed.

- [x] rotated 10× during an update on Pixel 8
- [x] split-screen resize
- [ ] tablet (don't have one here — @sofia-k could you check on the Tab S9?)
""")

pr("ios", "fixed", "app-sync", False,
   "Persist sync outbox to disk",
   "Fix preset changes made offline being lost if the app is closed before reconnecting",
   """
The outbox was in memory only. If you edited a preset without connectivity (desk in a basement office with no signal, say) and then swiped the app away, the edit was gone and the next sync pulled the old value back down. The outbox is now persisted in the same SQLite store and written before the UI shows the change as saved.
""")

pr("web", "fixed", "ui", False,
   "Natural sort for desk names",
   'Fix desk lists sorting "Desk 10" before "Desk 2"',
   """
People with several desks (home + office, or shared households) see them ordered lexically. Switched to `Intl.Collator(undefined, {numeric: true})`. Applies to the desk switcher and the activity filter dropdown.
""")

pr("android", "fixed", "notifications", False,
   "Upload FCM token on refresh",
   "Fix push notifications stopping after Firebase refreshes the device token",
   """
`onNewToken` only persisted the token locally and uploaded it on the next sign-in. Since most people never sign out, the server kept sending to a dead token after a refresh (happens after a backup restore, clearing data, and sometimes for no visible reason) and Posture Nudge and booking pushes silently stopped.

`onNewToken` now enqueues an upload job immediately, with retry. The server already deduplicates tokens per device id.
""")

pr("ios", "fixed", "pods", False,
   "Nimbus bookings: format in the pod's time zone",
   "Fix Nimbus pod bookings showing UTC times for Fleet users in Europe",
   """
Booking cards and the confirmation sheet formatted `starts_at` with a `DateFormatter` that had `timeZone = UTC` set (copied from the API date parser). US users didn't notice much because their Fleet orgs were in us-west-2 and we happened to pass the site time zone there; EU-resident orgs return the site zone in a different field (`site.tz` vs `tz`) and we fell back to UTC.

Use the pod's site time zone, read from either field, and fall back to the phone's zone rather than UTC. Reported by a Fleet customer in Berlin whose 10:00 booking showed as 08:00.
""")

pr("cloud", "fixed", "auth", False,
   "Compare reset token expiry in UTC",
   "Fix password reset links expiring immediately for some users",
   """
Reset tokens were stored with `expires_at = datetime.now() + 1h` (naive, container-local time) but compared against `datetime.utcnow()`. That happened to work while the containers ran in UTC. The new base image sets `TZ=America/Los_Angeles`, so every token was "expired" 7 hours before it was created. Anyone requesting a reset since Monday's deploy saw "This link has expired".

All timestamps in `auth_tokens` are now timezone-aware UTC, the migration converts existing rows, and there's a test with a frozen clock in three zones. Also pinned `TZ=UTC` in the Dockerfile.

Severity: high-ish, support has 60+ tickets since Monday.
""")

pr("android", "fixed", "stats", False,
   "Activity screen: guard against empty week on Pixel 8",
   "Fix a crash on Android 14 when opening the activity screen on Pixel 8 phones",
   """
Crashlytics top crash for 5.4.1 on Android 14, almost exclusively Pixel 8 / 8 Pro:

```
java.lang.IllegalArgumentException: Comparison method violates its general contract!
    at java.util.TimSort.mergeHi(TimSort.java:903)
    at java.util.Collections.sort(Collections.java:159)
    at com.halcyonworks.stats.WeekBuilder.sortedSessions(WeekBuilder.kt:57)
    at com.halcyonworks.ui.activity.ActivityViewModel.load(ActivityViewModel.kt:112)
```

Our session comparator compared `endTime` with a fallback to `startTime` when `endTime` was null (session still running), which is not transitive. Pixel 8 hits it because its adaptive-charging schedule produces a lot of very short sessions while the phone sleeps next to the desk. Sort by `(startTime, id)` instead, which is what the chart needs anyway.
""")

pr("ios", "fixed", "health-sync", False,
   "HealthKit: write samples with session dates",
   "Fix standing time after midnight being saved to the wrong day in Apple Health",
   """
We wrote one sample per session using the sync time as both start and end. Sessions synced the next morning landed on the wrong day in Health, and the stand-minutes chart there didn't match ours.

Samples now use the real session start and end. Sessions crossing midnight are split into two samples. Existing samples aren't rewritten (HealthKit only lets us delete our own, and I'd rather not do that silently).
""")

pr("cloud", "fixed", "accounts", False,
   "Delete presets and desk links on account deletion",
   "Fix deleted accounts leaving presets behind that reappeared after signing up again",
   """
Account deletion removed the `users` row and auth identities, but `presets` and `desk_links` are keyed by email hash (legacy from the v1 schema) and were left behind. If the same person signed up again with the same email they saw their old presets and desks. That's also not what our privacy policy promises (purged within 30 days).

- cascade delete presets, desk_links, stats_daily
- one-off job purges orphans (≈3,900 rows in prod)
- DPO (Samuel) reviewed; no change to the deletion wording needed

I don't think this needs the security label: nothing was ever exposed to another user.
""")

pr("android", "fixed", "accessibility", False,
   "a11y: focusable hold-to-move buttons",
   "Fix TalkBack users being unable to raise or lower the desk",
   """
The up/down buttons are custom `View`s with touch listeners and no accessibility actions, so TalkBack skips them entirely. Added an `AccessibilityDelegate` with custom actions "Raise desk" and "Lower desk" that move in 1 cm steps (holding isn't possible with TalkBack gestures), plus content descriptions.

- [x] TalkBack on Pixel 7
- [x] Switch Access
- [ ] Tests added
""")

pr("ios", "fixed", "pairing", False,
   "Don't tear down OTA transport when pairing another desk",
   "Fix a rare crash when pairing a second desk while the first desk is updating",
   """
Pairing a new desk calls `BLECentral.resetScanState()`, which among other things cancelled all pending GATT operations... including the writes of an OTA running on the first desk. The OTA session then force-unwrapped a nil characteristic:

```
Thread 7 Crashed:
0   Halcyon   OTASession.writeNextChunk() + 388 (OTASession.swift:203)
1   Halcyon   closure #1 in OTASession.peripheral(_:didWriteValueFor:error:)
```

Scan state and GATT operation queues are now per-peripheral. Pairing desk B no longer touches desk A's queue, and the OTA session handles a missing characteristic by pausing and reconnecting instead of crashing.

Rare (37 crashes in 30 days) but it interrupts an update, so worth fixing.
""")

pr("ios", "fixed", "lamp", False,
   "Lumen: write schedules to the lamp",
   "Fix Lumen schedules not running when the iPhone is in Low Power Mode",
   """
Lumen schedules were driven from the phone: a background task woke up at each schedule point and sent the command over BLE. In Low Power Mode iOS defers background tasks, often by hours, so "warm light at 18:00" happened at 21:40 or not at all.

The lamp firmware has supported on-device schedules since Lumen 2.1, we just never used them. We now write the schedule table to the lamp (up to 8 entries) whenever it changes, and the phone only keeps it in sync. Works with the phone off entirely. Lamps on older firmware get an update prompt.
""")


# ---------------------------------------------------------------------------
# FIXED — Halcyon Fleet
# ---------------------------------------------------------------------------

pr("fleet-api", "fixed", "fleet-api", False,
   "Stable ordering for updated_at pagination",
   "Fix paginated desk lists returning duplicate or missing desks when sorted by update time",
   """
`GET /v1/desks?sort=updated_at` used offset pagination on a non-unique column. Desks updated between page requests (which happens constantly, desks report height changes) shift around, so integrators got duplicates and gaps. One customer's nightly sync to their CMDB was missing ~3% of desks.

- tie-break on `id` for every sort
- `next` links now use a keyset cursor `(updated_at, id)` instead of `offset`
- the `offset` param still works exactly as before for anyone building URLs by hand

No response shape changes.
""")

pr("fleet-api", "fixed", "booking", False,
   "booking: prevent overlapping reservations under concurrency",
   "Fix two people being able to book the same desk for the same time",
   """
Overlap check and insert were two statements in separate transactions. Two requests within a few ms (happens a lot at 09:00 on Mondays when the week opens for booking) both pass the check and both insert.

Added an exclusion constraint:

```sql
ALTER TABLE reservations ADD CONSTRAINT reservations_no_overlap
  EXCLUDE USING gist (desk_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
  WHERE (status <> 'cancelled') NOT VALID;
```

`NOT VALID` + a separate `VALIDATE CONSTRAINT` step so we don't hold a write lock on `reservations` (migration linter is happy, lock_timeout 5 s). The losing request now gets `409 Conflict` with code `desk_unavailable`, and fleet-web shows "Someone just booked this desk".

Before validating we cancelled the 212 existing overlaps in favour of the earlier booking; affected users got an email (FLT-3391).
""")

pr("fleet-api", "fixed", "sso", False,
   "SSO: case-insensitive NameID match",
   "Fix SAML sign-in failing when the identity provider sends the email in a different case",
   """
Customer's ADFS sends NameID as `Jane.Doe@Example.com`, we store `jane.doe@example.com` (from SCIM). Exact match → "No Fleet account for this user", and JIT provisioning then fails on the unique email constraint, so the user is stuck.

Lowercased on both sides, and `users.email` becomes `citext`. Tested against the ADFS test tenant, Okta and Entra ID.

Closes FLT-3318
""")

pr("fleet-api", "fixed", "scim", False,
   "Hide SCIM-deactivated users from assignment picker",
   "Fix deactivated users still appearing when assigning desks",
   """
SCIM `active: false` sets `users.deactivated_at`, but `/internal/users/search` (used by the desk assignment picker) filtered on `deleted_at` only. Admins could assign permanent desks to people who had left the company, and those assignments then blocked the desk from booking.

- filter on both columns
- existing permanent assignments for deactivated users are released by a nightly job and the admin gets a summary email
""")

pr("fleet-web", "fixed", "floorplans", False,
   "Floor plans: sanitizer strips style blocks",
   "Fix floor plans uploaded as SVG with embedded styles showing up blank",
   """
Our SVG sanitizer (DOMPurify, svg profile) removes `<style>` blocks, and SVGs exported from Revit put *all* geometry styling in a `<style>` element with `@font-face` at the top. Sanitized result: every path has no stroke → blank plan.

We now inline rules from `<style>` into `style` attributes (dropping `@font-face` and anything with `url()`) before sanitizing. Text falls back to the system font. Sample files from the customer are in the test fixtures, with their permission and names scrubbed.
""")

pr("billing", "fixed", "billing", False,
   "Use period-end seat snapshot on invoices",
   "Fix invoices showing the previous month's seat count",
   """
The invoice line item read `seat_count` from the snapshot taken at the *start* of the billing period, while the amount was calculated from the end-of-period snapshot. The total was right but the quantity was last month's, and finance teams kept asking why 240 × $11 = $2,871. The line item now uses the same snapshot as the amount.
""")

pr("fleet-api", "fixed", "webhooks", False,
   "webhooks: stop retrying 410 Gone",
   "Stop retrying webhook deliveries to endpoints that respond with 410 Gone",
   """
<!-- Describe your change -->
Endpoints returning `410 Gone` were treated like any other 4xx, which we retry for 24 h. Per our docs, 410 should disable the subscription. Now:

- 410 → subscription set to `disabled`, reason `endpoint_gone`, org admins emailed
- other 4xx/5xx unchanged

There were 37 subscriptions retrying forever (yes, forever: the 24 h cap was per delivery, and each new event started a new 24 h). Cleaned up by the migration.

Fixes #
""", wrap=False)

pr("fleet-api", "fixed", "occupancy", False,
   "Occupancy heuristic: ignore height-only signals overnight",
   "Fix desks showing as occupied overnight when left at standing height",
   """
We infer occupancy from desk sensor activity and bookings (no cameras), and "desk is at a standing preset" counted as a presence signal. Desks left standing at 18:00 stayed "occupied" all night, which inflated the morning heatmaps; one customer saw 140% utilisation on their 4th floor.

Height alone no longer counts; we need a move event or a check-in within the last 30 min. Heatmap data for the last 90 days is recomputed in the background (about 6 h for the largest tenant).
""")

pr("fleet-api", "fixed", "check-in", False,
   "Encode desk id in check-in QR URLs",
   "Fix QR check-in failing for desks with a slash in their name",
   """
Check-in URLs were built as `/checkin/{site}/{deskName}`. Desk names like "4F/East 12" broke routing and scanning the printed label led to a 404. URLs now use the desk id (`/c/{deskId}`). Labels already printed from Spaces → Print labels keep working, because we still resolve the name-based route when it's unambiguous, so nobody has to reprint anything.
""")

pr("fleet-api", "fixed", "fleet-ota", False,
   "fleet-ota: pick up desks that come online after the window starts",
   "Fix firmware rollouts staying pending forever for desks that were offline when the rollout started",
   """
The rollout scheduler builds the target list once, at the start of the night window. Desks that were offline then (unplugged over the weekend, gateway down) were marked `pending` and never re-evaluated, so Devices → Firmware showed "482/500 updated, 18 pending" indefinitely.

Desks are now re-checked whenever they check in during any later 01:00–05:00 window while the ring is active. After 30 days they're marked `skipped_offline`, which admins can retry with one click.

Also: the device list now shows *why* a desk is pending (offline, on hold, in a later ring).
""")

pr("fleet-api", "fixed", "exports", False,
   "exports: stream xlsx",
   "Fix large booking exports timing out instead of downloading",
   """
Booking history XLSX export built the whole workbook in memory; anything over ~50k rows took longer than the 60 s gateway timeout and the user got a 504 and no file.

```
upstream request timeout
GET /v1/exports/bookings.xlsx?from=2025-01-01&to=2025-12-31 504 60012ms
```

Switched to `openpyxl` write-only mode plus a background job: exports over 10k rows now run async and the user gets an email with a download link when done (same as CSV exports already did).
""")

pr("fleet-api", "fixed", "integrations", False,
   "m365: one series per recurring booking",
   "Fix recurring bookings created in Microsoft Outlook appearing twice",
   """
When a recurring booking is created from the Outlook add-in, the add-in creates the calendar series and we also receive the booking through the API, and our calendar sync then *also* created a series for it because it didn't know the add-in had already done so. Users ended up with two "Desk 4F-12" series.

The add-in now stamps the event with `extendedProperties: halcyonBookingSeriesId`, and the sync skips creating events for bookings that already have a linked event id. Existing duplicates are cleaned up by a one-off job that keeps the add-in's series (the one people may have edited) and deletes ours.
""")

pr("fleet-api", "fixed", "booking", False,
   "Recompute recurring bookings when a site changes time zone",
   "Fix recurring bookings shifting by hours after a site changes its time zone setting",
   """
Recurring booking series store their rule in the site's local time but materialise occurrences in UTC. When an admin corrected a site's time zone (e.g. a new office set up as `America/Los_Angeles` that is actually in Denver), future occurrences kept their old UTC instants, so a 09:00 booking turned into 10:00.

On a site time zone change we now rematerialise all future occurrences from the stored rule. Occurrences in the past are untouched. Admins get a confirmation dialog listing how many bookings will move.
""")

pr("fleet-api", "fixed", "fleet-api", False,
   "Handle null zone_id in desk PATCH",
   "Fix an error when removing a desk from its zone through the API",
   """
```
Traceback (most recent call last):
  File "/app/fleet/api/v1/desks.py", line 214, in patch_desk
    zone = Zone.get(org, body["zone_id"])
  File "/app/fleet/models/zone.py", line 58, in get
    return cls.query.filter_by(org_id=org.id, public_id=public_id).one()
sqlalchemy.exc.NoResultFound: No row was found when one was required
```

`PATCH /v1/desks/{id}` with `{"zone_id": null}` is how the docs say to take a desk out of a zone, but we looked the zone up unconditionally → 500. Null now clears the zone; unknown ids return 422 instead of 500.

Reported by a customer's integration team via support.
""")

pr("fleet-api", "fixed", "pods", False,
   "pods: include pods in no-show release job",
   "Fix Nimbus pod bookings not being released when nobody enters the pod",
   """
A pod booking should be released if the pod's occupancy sensor sees nobody within 10 minutes. The release job's query was `WHERE resource_type = 'desk'` (it predates pods), so pod bookings were never released and the pod showed as booked for the whole slot even when empty.

Include pods, using the occupancy sensor signal rather than check-in. Desks keep their own release window. Found during the 2026.2 bug bash.
""")

pr("billing", "fixed", "billing", False,
   "Proration: idempotency key per seat change",
   "Fix mid-month seat increases being charged twice",
   """
When an admin adds seats we create a Stripe invoice item for the prorated amount. If the request to Stripe timed out we retried without an idempotency key, and sometimes both attempts succeeded. 19 orgs were double-charged since October; finance is issuing credits (FIN-224).

- idempotency key = `seatchange:{change_id}`
- reconciliation check in the nightly billing job that flags duplicate invoice items

cc @fin-ops FYI since it touches customer charges
""")

pr("fleet-api", "fixed", "booking", True,
   "Return 422 for booking validation errors",
   "Return 422 instead of 200 when a booking request fails validation",
   """
`POST /v1/bookings` returned **200** with `{"ok": false, "error": "..."}` for validation failures (outside the booking window, over the weekly limit, desk not bookable). Everything else in the API uses proper status codes; this endpoint was ported from the 2019 booking service as is. Integrations that only check the status code think the booking went through: a customer's lobby kiosk showed "Booked!" for rejected bookings.

Validation failures now return `422` with the standard error object (`code`, `message`, `details`).

**Breaking:** if your client reads `ok: false` from a 200 response, switch to checking the status code. Announced in the API changelog two weeks ahead; v2 already behaves this way.
""")

pr("fleet-api", "fixed", "webhooks", True,
   "webhooks: sign raw payload bytes",
   "Fix webhook signatures so they can be verified against the raw request body",
   """
## Summary
Our docs say `X-Halcyon-Signature` is an HMAC-SHA256 of the raw request body. In reality we signed `json.dumps(payload, sort_keys=True)` and then sent a body serialized *without* sorted keys. Integrators verifying against the raw body (as documented) got mismatches; most worked around it by re-serializing with sorted keys, which only works reliably in Python.

## Change
We now sign exactly the bytes we send.

## Migration
If you implemented the sorted-keys workaround, your verification will start failing after this ships. Verify against the raw body instead. For 30 days we send both headers:
- `X-Halcyon-Signature` (new, raw body)
- `X-Halcyon-Signature-Legacy` (old behaviour)

Changelog entry and email to webhook owners drafted in DOCS-190.
""")

pr("fleet-api", "fixed", "fleet-api", True,
   "Serialize timestamps with UTC offset",
   "Fix API timestamps being returned without a time zone",
   """
v1 responses returned `starts_at` etc. as naive ISO strings (`2025-11-03T09:00:00`), while the docs describe them as RFC 3339. They were UTC, but clients had no way to know, and JavaScript's `Date` parses naive strings as local time, so anyone outside UTC building on the API was off by their offset.

All datetime fields are now serialized as RFC 3339 with `Z` (`2025-11-03T09:00:00Z`).

**Breaking for integrators** who parse with a fixed format string like `%Y-%m-%dT%H:%M:%S`: update the parser to accept the trailing `Z`. The official SDKs (python 3.4+, node 2.8+) already handle it. All orgs with active API tokens were emailed on Nov 10.
""")

pr("fleet-api", "fixed", "gateways", False,
   "Gateway presence: trust the reconnect hello",
   "Fix gateways showing as offline for up to 10 minutes after a reboot",
   """
After a gateway reboot (firmware update, PoE switch restart), Fleet kept showing it as "offline" for up to 10 minutes even though its desks were reporting again. Presence was only updated by the 5-minute heartbeat, and the first heartbeat after boot is skipped while the gateway syncs its desk list; the reconnect `hello` message was ignored for presence.

`hello` now marks the gateway online immediately, and the offline threshold is two missed heartbeats instead of a fixed 10 minutes. Admins were opening tickets for "dead" gateways that were fine.
""")

pr("fleet-api", "fixed", "occupancy", False,
   "Heatmaps: follow desks across floors",
   "Fix heatmaps ignoring desks that were moved to a different floor",
   """
Heatmap aggregation joins occupancy samples to desks via `desks.floor_id`, but samples recorded before a desk was moved to another floor kept pointing at the old floor's grid cells. For a desk moved from 3F to 5F, neither floor's heatmap showed it for the period after the move, because the new floor's grid didn't include its samples and the old floor dropped it as "no longer on this floor".

Samples now carry the desk's floor at recording time and the aggregation uses that. Recomputed heatmaps for orgs with floor moves in the last 13 months (42 orgs).
""")

pr("fleet-api", "fixed", "scim", False,
   "SCIM deprovision: revoke Slack links",
   "Fix users removed through SCIM sometimes still receiving Slack notifications",
   """
When a user is deprovisioned through SCIM we deactivate them, cancel future bookings and revoke sessions within 5 minutes, but the Slack integration keeps its own `slack_user_links` table and nothing cleaned it up. Because some orgs run recurring notifications for zones (not per user), removed users kept getting "who's in the office" DMs in Slack if their Slack account was still active.

Deprovisioning now deletes integration links (Slack and Teams) in the same transaction. Backfill removed 1,870 stale links.
""")


# ---------------------------------------------------------------------------
# ADDED
# ---------------------------------------------------------------------------

pr("fw", "added", "presets", False,
   "HC-3: double tap to recall preset",
   "Add double-tap preset recall on HC-3 keypads",
   """
HC-3 only. With the new `preset_double_tap` setting on, a double tap on a memory key starts the move to that preset and you can let go, instead of holding the key until the desk arrives. A single tap does nothing (so bumping the keypad doesn't move the desk). Off by default on HC-2 (no setting there, the HC-2 keypad matrix can't detect fast double taps reliably), on by default for new HC-3 desks, configurable in the app.

Any key press during the move stops the desk, same as today.

Tested double-tap timing windows 250/350/450 ms with eight people in the office; 350 ms had the fewest misses.
""")

pr("fw", "added", "motor", False,
   "Away mode: park unused desks",
   "Add away mode, which moves a desk to a parking height after 14 days without use",
   """
For hot-desking floors: if a desk hasn't been used for 14 days it moves to a "parked" height, so cleaning crews can get under it and rows of desks look tidy. The parking height comes from the user (app) or from Fleet, which wins if the desk is enrolled.

Safety:
- the move only happens between 01:00 and 05:00 local time
- collision detection at High sensitivity for the parking move regardless of the user setting
- Posture Nudge and child lock are respected: a locked desk never parks

Off by default. Part of the 4.3.0 beta.
""")

pr("fw", "added", "child-lock", False,
   "child lock: optional auto-lock after 60 s",
   "Add an option to re-engage the child lock automatically after 60 seconds of inactivity",
   """
Parents asked for this: it's easy to forget to re-engage the child lock after using the desk. New setting `auto_lock` (off by default). When on, the keypad locks itself 60 s after the last key press. Unlocking is the same as before (M + ▼ for 3 s on HC-2, lock key on HC-3). The app only shows the setting for desks on firmware that supports it.
""")

pr("fw", "added", "reminders", False,
   "Standing goals tracked on the controller",
   "Add daily standing goals that the desk tracks itself, with a progress ring on HC-3",
   """
Users can set a daily standing goal (e.g. 2 h) in the app. Until now progress was computed by the app from sync data, so it only updated when the phone was nearby. The controller now tracks standing time locally (anything above the user's sit/stand threshold for > 60 s counts) and:

- HC-3: shows a progress ring around the height when you stand
- HC-2: nothing on the display (no room on the LED readout), tracked and synced only

Progress syncs to the app the next time it connects. Counter resets at local midnight using the offset from the last sync.

Beta feature for 4.3.0.
""")

pr("fw", "added", "reminders", False,
   "Posture Nudge",
   "Add Posture Nudge reminders to change position at a configurable interval",
   """
Adds the controller side of Posture Nudge:
- configurable interval 20–90 min (set from the app, default 45 min when first enabled)
- HC-3: small arrow on the OLED pointing the way to move; HC-2: the LED display blinks the preset number twice
- the app is notified through the new `nudge` characteristic so it can send a gentle notification
- quiet hours and the on/off switch live in the app; the desk only stores the resulting window

Off by default, nobody gets nudged without opting in. Requires app 5.4.0 to configure.
""")

pr("fw", "added", "collision", False,
   "Add collision sensitivity levels",
   "Add Low, Medium and High collision sensitivity settings",
   """
Adds three sensitivity levels for collision detection:
- HC-3: adjusts the gyroscope angular-rate threshold
- HC-2: adjusts the motor-current threshold

**Medium keeps today's behaviour exactly**, so nothing changes for anyone until they pick another level. Low is meant for desks carrying vibrating equipment (3D printers, a treadmill underneath) that trigger false E05 stops; High for desks next to window sills or filing cabinets.

Set from the app (5.4.0+) or through Fleet. Safety sign-off: Low still passes the pinch test (stop within 10 mm, reverse 25 mm).
""")

pr("fw", "added", "matter", False,
   "Experimental Matter support (HC-3)",
   "Add experimental Matter support on HC-3 so desks can join a smart home",
   """
HC-3 desks can be commissioned into a Matter 1.3 fabric over Bluetooth and show up as a "window covering" device type (lift percentage ↔ height). Presets are exposed as scenes. That's enough to say "set the desk to 100%" to a voice assistant or to drive it from home automation.

Caveats, all in the beta notes:
- needs a controller that does Thread border routing with BLE commissioning
- commissioning fails with some controllers if the desk is already paired with more than two phones (tracked in HELIX-1533)
- experimental: may change or be removed before 4.3.0 stable

Flash budget: +61 KB, which is why #2417 moved the display strings.
""")

pr("fw", "added", "presets", False,
   "Remote presets pushed from Fleet",
   "Add support for default presets pushed to desks from Fleet",
   """
Fleet administrators can now push default presets to enrolled desks through the gateway (`PRESET_DEFAULTS` write on the Fleet service). Rules:

- Fleet defaults fill preset slots only until the user saves a preset in that slot themselves
- once a user saves, their value wins and Fleet's later pushes don't overwrite it
- factory reset clears user presets and re-applies Fleet defaults on next gateway contact

fleet-api side is in fleet-api#5120. Ships in 4.1.0.
""")

pr("android", "added", "widgets", False,
   "Home screen widget (Glance)",
   "Add an Android home screen widget for moving the desk to a preset",
   """
Adds a resizable home screen widget built with Jetpack Glance:
- 2x1: current height + 2 presets
- 4x1: height + up to 4 presets (6 on HC-3 desks at 5x1)

Tapping a preset connects in the background and sends `MOVE_TO`; the widget shows a spinner until the move completes or fails. The desk has to be in range, obviously; if it isn't, the widget says "Desk not nearby".

<!-- screenshots -->
| 2x1 | 4x1 |
|---|---|
| (img) | (img) |

Design: Figma "Widgets v2" frame.
""")

pr("ios", "added", "watch", False,
   "watchOS companion app",
   "Add an Apple Watch app for moving the desk to presets and seeing today's standing time",
   """
First version of the watch app:
- list of presets, tap to move (the watch talks BLE directly to the desk when the phone isn't nearby)
- today's standing minutes as a complication
- Posture Nudge notifications come through the phone as before (no new logic here; see the dedupe fix in #3361)

Requires watchOS 10. Not included: manual up/down. Hold-to-move with the Digital Crown felt unsafe in testing, revisit later.

Beta testers have been on this via TestFlight for 5 weeks, 99.7% crash-free sessions.
""")

pr("ios", "added", "shortcuts", False,
   "App Intents: move to preset",
   "Add Siri and Shortcuts actions for moving the desk to a preset",
   """
Adds App Intents:
- `MoveToPresetIntent` ("Hey Siri, move my desk to standing")
- `GetDeskHeightIntent` (returns the height as a measurement, usable in automations)

Preset names are exposed as an `AppEntity`, so Siri suggestions use the user's own names. Works from the lock screen after confirmation, since it moves physical furniture.
""")

pr("cloud", "added", "stats", False,
   "Weekly report",
   "Add a weekly sit/stand summary delivered every Monday morning",
   """
Backend for the weekly report: every Monday at 08:00 in the user's time zone we send a push (and an in-app card) summarising last week's sit/stand balance, standing minutes per day and the change vs. the previous week.

- opt-out in Settings → Notifications (on by default for new installs, we show a one-time card to existing users before the first send)
- skipped if there was less than one day of desk activity that week
- computed from `stats_daily`, no new data collected

Client PRs: ios#3302, android#2877, web#1160.
""")

pr("android", "added", "health-sync", False,
   "Health Connect integration",
   "Add Health Connect sync for standing minutes on Android",
   """
The Android equivalent of Apple Health sync. Writes standing sessions to Health Connect as `ExerciseSessionRecord` (type `OTHER_WORKOUT`, title "Standing"); there is no dedicated standing record type. Opt-in from Settings → Connected apps.

We only request **write** permission; nothing is read from Health Connect. Devices without Health Connect installed get a link to the Play Store listing on Android 13, and it's built in on 14+.
""")

pr("ios", "added", "localization", False,
   "l10n: Italian, Polish",
   "Add Italian and Polish translations",
   """
Strings from the vendor delivery of 2025-09-12. Italian and Polish join en, de, fr, es, nl and ja. Reviewed by our Milan and Warsaw resellers. App Store screenshots are a separate task.

- [x] Strings imported
- [x] Pseudo-localization check for truncation
- [ ] Store listing
""")

pr("web", "added", "ui", False,
   "Dark theme",
   "Add a dark theme to the web app that follows the system setting",
   """
Adds a dark theme built on CSS custom properties. Default is "System" (follows `prefers-color-scheme`), with an override in Settings → Appearance. Charts get a dark palette too.

Went through every screen with design; a few illustrations got dark variants. Contrast checked with axe: all body text ≥ 4.5:1.

Since app.halcyonworks.com shares components with the Fleet front end, the tokens live in `@halcyon/ui-tokens` and Fleet can adopt them later.
""")

pr("ios", "added", "lamp", False,
   "Lumen: link lamp to an Atlas preset",
   "Add linking a Lumen lamp to an Atlas preset so the lamp changes when the desk does",
   """
Lumen owners can link the lamp to a desk preset: e.g. "when the desk goes to Standing, set the lamp to 100% / 5000 K". Each preset can have one lamp scene. The link runs on the phone for now (the desk notifies the app, the app writes to the lamp), so it needs the app in the foreground or background-connected.

Part of Lumen control for 5.5.0. Android in android#2930.
""")

pr("web", "added", "stats", False,
   "Download my activity",
   "Add CSV export of personal sit/stand history",
   """
Settings → Data → "Download my activity". Generates a CSV with one row per session (start, end, position, height) for a chosen date range, up to the full 24 months we keep. Requested a lot, and it's also the easiest way to answer data portability requests without support doing it by hand.
""")

pr("android", "added", "pairing", False,
   "Support multiple desks",
   "Add support for pairing and switching between several desks in one account",
   """
Until now one account meant one desk; pairing a second desk replaced the first. This adds a desk switcher at the top of the home screen, per-desk presets and per-desk names. Activity stays per person (merged across desks).

The backend already supported it (cloud#1440). iOS parity in ios#3280.

Migration: the existing desk becomes "My desk" in the list, nothing else changes.
""")

pr("ios", "added", "reminders", False,
   "Posture Nudge settings",
   "Add Posture Nudge settings for interval and quiet hours",
   """
New Settings → Posture Nudge screen:
- on/off (off by default)
- interval slider 20–90 min
- quiet hours (default 18:00–08:00 when first enabled)

Writes the interval and the resulting active window to the desk over BLE. Only shown for desks on Helix 4.2.0 or later; older desks see "Update your desk to use Posture Nudge" with a link to the firmware screen.
""")

pr("cloud", "added", "auth", False,
   "WebAuthn passkeys",
   "Add passkey sign-in for Halcyon accounts",
   """
Adds passkey registration and sign-in (WebAuthn, discoverable credentials). Users can add a passkey from Account → Security on web, iOS and Android (native credential manager APIs). Email/password, Sign in with Apple and Google all keep working.

Notes for reviewers:
- `py_webauthn` 2.x, RP id `halcyonworks.com`
- `apple-app-site-association` and `assetlinks.json` updated
- passkey sign-in is not available for Fleet SSO users (their IdP owns authentication)

Rolled out to staff last week: 312 passkeys registered, no issues.
""")

pr("ios", "added", "firmware-ota", False,
   "Show firmware release notes before updating",
   "Add release notes to the firmware update screen",
   """
The update banner just said "Helix 4.2.1 available". Now the update screen shows the release notes from the OTA manifest (`notes` field, markdown, localized when available) so people know what they get and why it takes a few minutes. Falls back to the old text if notes are missing.
""")

pr("ios", "added", "ui", False,
   "Haptics on preset tap and limits",
   "Add haptic feedback when tapping presets and when the desk reaches its height limit",
   """
Light impact on preset tap, success haptic when a move completes, warning haptic when the desk hits its min/max while you hold the button. Respects the system haptics setting. Small thing, but it makes hold-to-move feel a lot less uncertain.
""")

pr("android", "added", "pods", False,
   "Book Nimbus pods from the app",
   "Add Nimbus pod booking to the Android app for Fleet users",
   """
For people whose company uses Fleet: a new "Pods" tab lists free Nimbus pods nearby (same site, sorted by floor) and lets you book one for 15 to 120 minutes. Check-in happens automatically when the pod's occupancy sensor sees you; if nobody enters within 10 minutes the booking is released.

The tab only appears for users in a Fleet org with pods (Fleet 2026.2+). Personal accounts see no change.

Screenshots: Figma "Pods mobile".
""")

pr("ios", "added", "accessibility", False,
   "Dynamic Type across the app",
   "Add Dynamic Type support so text follows the system font size",
   """
Most screens used fixed font sizes. All text now uses text styles and scales up to AX5. The height readout caps at `.accessibility2` so it fits, and presets switch to a vertical list at accessibility sizes. Checked every screen at XS, L, AX3 and AX5 in light and dark mode.
""")

pr("android", "added", "widgets", False,
   "Quick Settings tile",
   "Add an Android Quick Settings tile that toggles the desk between sitting and standing",
   """
New Quick Settings tile "Desk": a tap toggles between your sitting and standing presets, long-press opens the app. The tile label shows the current position. Uses `TileService` with an active tile so it updates whenever the app knows the height. If the two presets aren't set yet, a tap opens preset setup.
""")

pr("ios", "added", "health-sync", False,
   "Apple Health: write standing minutes",
   "Add Apple Health sync for standing minutes",
   """
Opt-in from Settings → Connected apps → Apple Health. We write one sample per standing session, attributed to Halcyon (HealthKit has no writable "standing" type, so it shows up under our own source). **Nothing is read from Health**; we only request share (write) authorization, and the permission sheet says so.

If the user revokes access in the Health app we notice on next sync and turn the toggle off with a short explanation.

Ships with 5.4.0.
""")

pr("fleet-api", "added", "booking", False,
   "Recurring desk bookings",
   "Add recurring desk bookings (daily, weekly or on chosen weekdays)",
   """
Adds `recurrence` to `POST /v1/bookings` (RFC 5545 RRULE subset: DAILY/WEEKLY, BYDAY, UNTIL or COUNT, max 26 weeks). Each occurrence is a normal booking linked by `series_id`; conflicts on individual dates are reported in the response and those dates are skipped rather than failing the whole series.

Admins can turn recurring bookings off per site (policy `allow_recurring`, default on). UI in fleet-web#2240.
""")

pr("fleet-api", "added", "sso", False,
   "OIDC single sign-on",
   "Add OpenID Connect single sign-on alongside SAML",
   """
Orgs on Business and Enterprise can now configure an OIDC provider instead of SAML. Tested with Okta, Microsoft Entra ID and Google Workspace. Authorization code flow with PKCE; `email` and `groups` claims are mapped the same way as the SAML attributes, and JIT provisioning works the same.

Admin UI: Settings → Security → Single sign-on → "Add OIDC provider". Docs PR in halcyon/docs#391.
""")

pr("fleet-api", "added", "scim", False,
   "SCIM 2.0 Users and Groups",
   "Add SCIM 2.0 provisioning of users and groups for Enterprise organisations",
   """
Implements `/scim/v2/Users` and `/scim/v2/Groups` (RFC 7643/7644), Enterprise plan only.

- Users: create, update, `active: false` deactivation, delete
- Groups map to Fleet teams, usable in booking rules ("only Engineering can book 3F")
- deprovisioned users lose access within 5 minutes (sessions revoked) and their future bookings are cancelled

Passes the Okta and Entra ID provisioning validators; tested with Google Workspace too. Group names aren't unique in Entra, so we key on `externalId`.
""")

pr("fleet-api", "added", "webhooks", False,
   "webhooks cleanup",
   "Add webhook events for cancelled and automatically released bookings",
   """
Title undersells it, sorry: besides tidying the event registry this adds two event types customers asked for (they drive their own lobby displays):

- `booking.cancelled` (user or admin cancelled; `cancelled_by` in the payload)
- `booking.released` (released automatically after a no-show)

Existing subscriptions don't receive the new types unless they're subscribed to `booking.*`. Docs updated.
""")

pr("fleet-web", "added", "occupancy", False,
   "Analytics → Heatmaps",
   "Add occupancy heatmaps by floor, zone and hour of day",
   """
New Analytics → Heatmaps view: how often each desk and zone is used by hour of day over a chosen range, built from desk sensor activity and bookings (never cameras).

Privacy: cells are only shown for groups of at least five desks, so one person's habits can't be picked out; smaller zones are merged into "Other". Available on Starter and above.

Performance is fine up to ~1,500 desks per floor (largest customer floor is 900).
""")

pr("fleet-api", "added", "fleet-api", False,
   "GET /v2/occupancy/live",
   "Add an API endpoint for live desk and pod occupancy",
   """
New read-only endpoint returning current occupancy per desk/pod for a site or floor: `state` (`free`, `booked`, `occupied`, `offline`) and `since`. Requires the `occupancy:read` scope. Customers wanted this for lobby displays; it counts against the normal per-org rate limit, so please poll at most every 30 s (it's in the docs).

OpenAPI updated, example in the developer docs.
""")

pr("fleet-api", "added", "reports", False,
   "Scheduled reports",
   "Add scheduled analytics report emails (weekly or monthly)",
   """
Facilities managers can schedule any saved report to be emailed as PDF or CSV weekly (Monday 07:00 site time) or monthly (on the 1st). Recipients must be Fleet users in the org, no external addresses (agreed with legal). Every email has a per-recipient unsubscribe link.
""")

pr("fleet-web", "added", "floorplans", False,
   "Zones on floor plans",
   "Add zones for grouping desks on the floor plan",
   """
Admins can draw zones (polygons) on the floor plan and assign desks to them. Zones can be given to teams, which feeds booking rules and the default filter in the booking view. API support in fleet-api#5390.

- [x] create / edit / delete
- [x] drag desks in and out
- [x] team assignment
- [ ] e2e tests (follow-up, the Cypress suite is being migrated)
""")

pr("fleet-api", "added", "fleet-ota", False,
   "fleet-ota: custom rollout rings",
   "Add custom firmware rollout rings so admins can promote Helix versions ring by ring",
   """
Facilities and IT teams can define their own rings (e.g. "IT pilot", "Floor 3", "Everyone") and promote a Helix version from one ring to the next in Devices → Firmware. Combined with the existing hold (up to 60 days), admins control exactly when their desks update.

- desks on Helix 4.2.0+ report their ring membership; older desks are treated as part of the last ring
- updates still install in the 01:00–05:00 local window
- promoting a ring is logged in the audit log

Ships in 2026.1.
""")

pr("fleet-api", "added", "audit-log", False,
   "Audit log export: S3, Azure Blob, syslog",
   "Add audit log export to Amazon S3, Azure Blob Storage or a SIEM via syslog",
   """
Enterprise feature. Admins configure one or more destinations:
- S3: bucket + IAM role ARN (we assume the role with an external id)
- Azure Blob Storage: container SAS URL
- syslog over TLS (RFC 5425) to a SIEM

We deliver hourly gzipped JSONL files to the blob destinations and stream events to syslog. Failed deliveries retry for 24 h, then org admins get an alert. Backfill of the retained 2 years is available on setup.
""")

pr("fleet-api", "added", "integrations", False,
   "Microsoft Teams app",
   "Add a Microsoft Teams integration for booking desks and pods",
   """
Teams app v1 for Business and Enterprise:
- personal tab to book desks and Nimbus pods
- check-in reminders as Teams messages, with a "Check in" button
- "Who's in the office" for a given day, only showing colleagues who chose to share it

Uses Teams SSO, so no separate sign-in when the org uses Entra ID for Fleet SSO. Replay of failed notifications after outages is rate-limited (same limiter as Slack).
""")

pr("billing", "added", "billing", False,
   "Billing in EUR and GBP",
   "Add EUR and GBP billing for new Fleet subscriptions",
   """
New subscriptions can be created in EUR or GBP (price book from finance, FIN-198). Currency is fixed per subscription; existing USD customers aren't migrated. Invoices show VAT where required, we already collect VAT ids, and Stripe Tax handles rates.
""")

pr("fleet-api", "added", "check-in", False,
   "QR check-in",
   "Add QR code check-in at the desk",
   """
Admins print a QR label per desk from Spaces → Print labels. Scanning it with the phone camera opens `/c/{deskId}` and checks the user in to their booking without opening the app (the app handles the link if installed).

- unclaimed bookings are released 30 min after start by default
- no booking? if the desk is free, the page offers to book it until end of day
- labels are A4 sheets of 24 or single labels for a label printer

The index for this was the one from INC-2026-0217; this PR only uses it, no new migrations.
""")

pr("fleet-api", "added", "admin", False,
   "IP allowlist for admin access",
   "Add an optional IP allowlist for the Fleet admin console",
   """
Enterprise orgs can restrict admin console sessions and API clients to a list of CIDR ranges. Employee booking access is unaffected (people book from their phones). Safety net: the org owner can always get in via an emailed one-time link, so nobody locks themselves out.

Checked with Ingrid's team: this is a new control, not a fix for anything existing.
""")

pr("fleet-api", "added", "admin", False,
   "Bulk desk import from CSV",
   "Add bulk import of desks from a CSV file",
   """
Upload a CSV with `name, floor, zone, bookable, serial` and we create or update desks in one go. A dry run shows the diff first. Rows with errors are reported with line numbers, and nothing is applied unless the whole file validates. Serial numbers link the desk record to its Helix controller so occupancy works immediately.

A template CSV is downloadable from the import dialog.
""")

pr("fleet-api", "added", "check-in", False,
   "Check in with NFC tags",
   "Add NFC tag check-in for desks",
   """
Alongside the QR labels, desks can now have NFC stickers (NTAG215). The tag holds the same `/c/{deskId}` URL as the QR code, so iOS and Android open the check-in page directly; no app required. Admins can write tags from the Android app (Admin → Write NFC tag). Reporting shows check-in method (qr / nfc / app).
""")

pr("fleet-api", "added", "admin", False,
   "Custom roles",
   "Add custom admin roles with fine-grained permissions",
   """
Besides Owner / Admin / Facilities manager / Employee, Enterprise orgs can create custom roles from a permission list (28 permissions, e.g. `bookings.manage_others`, `analytics.view`, `firmware.rollout`). Built-in roles are now just preset permission sets, so nothing changes for existing users.

Big diff because every permission check moved from role names to permission names; the role → permission mapping reproduces current behaviour exactly (covered by `test_builtin_roles_equivalence`).
""")

pr("fleet-api", "added", "presets", False,
   "Refactor preset sync service",
   "Add personal height presets that load onto any desk a user books",
   """
The refactor is the first half; the point is the second half. With the preset sync service split out, Fleet can now load a person's own presets onto a desk they've booked:

- on check-in, Fleet pushes the user's sitting/standing heights (from their linked Halcyon app account) to the desk through the gateway
- they temporarily replace the Fleet default presets on that desk and are restored at check-out
- user opt-in (Profile → "Use my presets on booked desks"), org setting to disable entirely

Requires Helix 4.2.0+ and gateway firmware 2.4+.
""")

pr("fleet-api", "added", "fleet-api", False,
   "Scopes for API v2 clients",
   "Add scopes to API v2 OAuth clients so integrations only get the access they need",
   """
API v2 OAuth clients (client credentials) can now be created with scopes (`desks:read`, `bookings:write`, `occupancy:read`, ...). Clients created before this have all scopes and show a "full access" badge in Settings → API encouraging admins to create narrower ones. Token requests for scopes the client doesn't have return `invalid_scope`; API calls outside the token's scopes return 403 `missing_scope`.
""")

pr("fleet-api", "added", "data-retention", False,
   "Configurable booking history retention",
   "Add a booking history retention setting for Enterprise organisations",
   """
Booking history is kept for 36 months by default. Enterprise orgs can now choose anything from 6 to 84 months in Settings → Data. Shortening the period shows how many bookings will be deleted and requires typing the org name; the purge runs in the nightly deletion job. Analytics aggregates older than the window are kept only in anonymised form.

Wording reviewed by legal (Samuel / Priya) to match POL-LEG-007.
""")

pr("fleet-api", "added", "integrations", False,
   "Slack: check in from the reminder",
   "Add check-in and cancel buttons to Slack booking reminders",
   """
The Slack morning reminder ("You've booked 4F-12 today") now has **Check in** and **Cancel** buttons. Check-in from Slack is only accepted within the site's check-in window and, if the org requires on-site check-in, only from the office network range configured for QR check-in.

Interactive messages need the `interactivity` request URL, added to the Slack app manifest (no new OAuth scopes, so no re-install).
""")

pr("fleet-web", "added", "gateways", False,
   "Device list: Helix version and last error",
   "Add each desk's Helix version and last error code to the device list",
   """
Devices → Desks now has two more columns: **Helix version** and **Last error** (code + time, e.g. `E05 · 2 h ago`). Both are filterable, so facilities can find every desk still on 4.1.x or everything that reported E12 this week. Hovering the error shows the short explanation from the error code table and a link to the support article.

Data comes from the gateway heartbeat, which already carried it.
""")

pr("fleet-api", "added", "floorplans", False,
   "DXF floor plan import",
   "Add DXF import for floor plans with automatic desk detection",
   """
Floor plans can now be uploaded as DXF (AutoCAD) in addition to SVG/PNG. We render walls from the chosen layers and detect desk blocks by block name pattern (configurable, default `DESK*`), creating desk markers at their positions. Detected desks go through a review step before anything is created.

Uses `ezdxf`. Files up to 50 MB; larger ones fail validation with a clear message.
""")

pr("fleet-api", "added", "booking", False,
   "Read-only fallback when the booking DB is unavailable",
   "Add a read-only mode that keeps existing bookings visible when the booking database is down",
   """
Follow-up to INC-2026-0217, action item 4. If the booking service can't get a write connection for 20 s, it flips to read-only mode:

- existing bookings stay visible in web, app, Slack and Teams (served from the replica)
- booking/cancel/check-in show "Bookings are temporarily read-only" instead of spinning into a 503
- a banner tells admins, and the status page template is pre-filled for the on-call

Flips back automatically after 60 s of healthy writes. Tested by revoking write access on staging.
""")

pr("fleet-api", "added", "fleet-api", False,
   "Idempotency-Key on v2 POST endpoints",
   "Add Idempotency-Key support to Fleet API v2 write requests",
   """
All v2 POST endpoints accept an `Idempotency-Key` header. Replays within 24 h with the same key and body return the original response; the same key with a different body returns 422. Stored in Redis with the response. Main motivation: kiosk integrations retrying bookings on flaky networks.
""")

pr("infra", "added", "data-residency", False,
   "eu-central-1 stack for Fleet",
   "Add EU data residency for Fleet Enterprise customers, hosted in Frankfurt",
   """
Terraform for the full Fleet stack in eu-central-1: API, workers, Postgres, Redis, object storage, backups. Enterprise orgs can be hosted there, with all bookings, profiles, analytics, audit logs and backups staying in the EU.

- separate KMS keys, no cross-region replication
- migrations of existing orgs run in the Sunday maintenance window (06:00–08:00 UTC)
- support for EU tenants goes through the Dublin queue (routing in the support platform, not here)

Tested with two design-partner tenants for a month.
""")

pr("fleet-api", "added", "fleet-api", False,
   "Serve OpenAPI spec",
   "Add a public endpoint serving the Fleet API OpenAPI specification",
   """
`GET /v2/openapi.json` (no auth) returns the spec for the deployed version. Customers were copying it out of developers.halcyonworks.com, which lagged deploys by a few days. The docs site now pulls from here as well.
""")

pr("fleet-web", "added", "maintenance", False,
   "Report a problem with a desk",
   "Add desk problem reports that create maintenance tickets for facilities",
   """
Employees can report a problem from the booking card ("Desk doesn't move", "Broken chair", "Other" + free text + optional photo). That creates a maintenance ticket visible to facilities managers, and the desk can be marked unbookable until it's resolved. Desks with a Helix controller attach their last error code automatically.

Optional forwarding to an existing helpdesk address (ServiceNow / Jira Service Management inbound email).
""")

pr("fleet-api", "added", "reports", False,
   "Sit-stand insights for org reports",
   "Add aggregate sit-stand activity to organisation analytics",
   """
Adds an opt-in "Movement" section to org analytics: the share of desk users who changed position at least twice a day, averaged per floor or team. Only groups of at least five people are shown (same threshold as heatmaps), and the section is off until an org admin enables it. Individual data is never visible to the employer; the query layer refuses anything finer than the group threshold.
""")

pr("fleet-web", "added", "localization", False,
   "i18n: German",
   "Add a German translation of the Fleet web console",
   """
First non-English locale for the Fleet console. All strings are now extracted to `locales/*.json` (that's most of the diff), German translations from the vendor, reviewed by customer success in Munich. Language follows the user's profile setting, defaulting to the browser language.
""")

pr("fleet-api", "added", "booking", False,
   "Booking limits per week",
   "Add booking rules that limit how many days per week someone can book",
   """
New booking rule per site or team: `max_bookings_per_week` (default unlimited), e.g. "maximum three office days". When a booking would exceed it, the request is rejected with error code `weekly_limit_reached` and the UI explains the limit. Admins and facilities managers are exempt. Only non-cancelled bookings count.

Plenty of hybrid-office customers have been enforcing this by spreadsheet.
""")


# ---------------------------------------------------------------------------
# CHANGED
# ---------------------------------------------------------------------------

pr("fw", "changed", "motor", False,
   "S-curve motion profile",
   "Change the start of every move to an S-curve profile for quieter acceleration",
   """
Replaces the linear acceleration ramp with an S-curve (jerk-limited) profile. Same time to full speed, but the motors and gearboxes don't get the step in torque at the start, which is what makes the "clunk". Measured at 1 m in the sound booth: −2.1 dB(A) at start of travel on Atlas Pro, −0.8 dB(A) on Atlas S. Top speed, stop distance and collision thresholds are unchanged.

All motion sources use it (keypad, presets, app, Fleet, away mode). Ships in the 4.3.0 beta so we get feedback before stable.
""")

pr("fw", "changed", "power", False,
   "Energy saver on by default",
   "Change energy saver to be on by default for new and factory-reset desks",
   """
Energy saver drops standby consumption to 0.1 W after 10 minutes without use. It was opt-in; now it's on by default for new desks and after a factory reset. Existing desks keep whatever they had (we read the setting page version to tell them apart), so nobody's desk changes behaviour after the update.

The only visible difference with energy saver on is that the display is dark while idle and the first key press wakes the controller.

Ships in 4.1.0 (needed for the EU ecodesign declaration for the 2025 Atlas Pro).
""")

pr("fw", "changed", "display", False,
   "OLED: sleep after 30 s",
   "Change the HC-3 display to turn off after 30 seconds of inactivity instead of 2 minutes",
   """
Display timeout 120 s → 30 s on HC-3. Reduces OLED wear (we've seen burn-in of the "cm" label on the oldest 2025 units) and people in dark rooms found the display distracting. Any key press wakes it, and the first press only wakes, it doesn't move the desk (already the case). Configurable from 10 s to 5 min in the app if you want it back.
""")

pr("fw", "changed", "display", False,
   "Pick default height unit from region code",
   "Change new desks to show inches by default in the US and centimetres elsewhere",
   """
The factory default was cm everywhere and every US customer had to switch. The region code is written to OTP at the factory (US/EU/UK/JP/AU), so the default unit is now inches for US units and cm for everything else. Only affects new desks and desks after a factory reset; existing desks keep their setting.
""")

pr("fw", "changed", "firmware-ota", True,
   "ota: refuse to start while moving",
   "Change firmware updates so they only start while the desk is stationary",
   """
An update could start while a move was in progress (a gateway rollout at night while someone was still at the desk, or a phone tapping Update mid-move). The flash erase stalls the motor loop for a few ms and the desk visibly jerks.

The controller now answers `OTA_BEGIN` with `BUSY` (0x0B) while moving or within 10 s of the last move. The Halcyon app and the Fleet gateway already retry on `BUSY`.

**Integrators:** if you built your own update tool on our BLE OTA protocol (a couple of enterprise customers have), it must handle `BUSY` and retry; treating it as a failure will abort the update.
""")

pr("fw", "changed", "ble", True,
   "ble: advertise as Atlas-XXXX",
   "Change the desk's Bluetooth name from HELIX-XXXX to Atlas-XXXX",
   """
People see "HELIX-4F2A" in the phone's Bluetooth list and don't connect it with their Atlas desk. New advertised name: `Atlas-XXXX` (S) / `AtlasPro-XXXX` (Pro), last 4 hex digits of the MAC as before.

**Integrators:** the Halcyon app and the Fleet gateway match on the service UUID and aren't affected. Anyone scanning by the `HELIX-` name prefix (we know of two Fleet customers with custom tooling, plus a community Home Assistant integration) must switch to matching the service UUID or the new prefixes. Mentioned in the developer newsletter.
""")

pr("fw", "changed", "keypad", False,
   "HC-2: hold memory key to move",
   "Change HC-2 memory keys to require a half-second hold before the desk moves",
   """
Accidental preset moves from bumping the keypad (with a keyboard tray or a bag) are the most common "desk moved by itself" support case on Atlas S. HC-2 memory keys now need a 0.5 s hold before a move starts; after that you can let go and the move continues to the preset as before. The display shows `--` while waiting.

HC-3 is unchanged (it has double-tap). Fleet can turn the hold off per desk.
""")

pr("fw", "changed", "motor", False,
   "Soft-stop distance 12 → 8 mm",
   "Change the preset soft-stop distance from 12 mm to 8 mm so presets stop more precisely",
   """
With the closed-loop sync from 4.0 we can afford a shorter deceleration. Reducing the soft-stop from 12 to 8 mm means the desk spends less time crawling at the end of a preset move and lands within ±1 mm of the target (was ±2 mm on HC-2).

No change for manual ▲/▼ moves. Endurance rig: 1,000 cycles at 100 kg (S) and 160 kg (Pro), no E02.
""")

pr("ios", "changed", "platform", True,
   "Bump deployment target to iOS 16",
   "Raise the minimum supported iOS version to iOS 16",
   """
iOS 15 is 1.8% of sessions and we carry a lot of `if #available` for it; Swift Charts and the new widgets need 16 anyway. After this, new app versions won't install on iOS 15 devices. Those users stay on the last 15-compatible version, which keeps working with the backend and can still control desks (checked against the API compatibility matrix).

The in-app end-of-support banner for iOS 15 users has been live for two releases.
""")

pr("android", "changed", "platform", True,
   "minSdk 28 → 29",
   "Raise the minimum supported Android version to Android 10",
   """
Android 9 is under 1% of active devices, and BLE on 9 is the source of most of our "can't connect" tickets that we can't fix on our side. Raising minSdk lets us delete the legacy scanner, the GATT 133 retry workarounds and the pre-scoped-storage export path (~2k lines).

Android 9 users stay on 5.4.2 from Play, which keeps working with desks but won't get new features. Support macro is ready. Ships in 5.5.0.
""")

pr("android", "changed", "ui", False,
   "New desk screen",
   "Change the desk screen to a larger height readout with presets in two rows on HC-3 desks",
   """
Implements the redesign from the Q3 research round:
- bigger height readout, centred
- presets as large buttons below it; on HC-3 desks (six presets) they're laid out in two rows of three
- up/down moved to the bottom for thumb reach
- activity card moved to its own tab

Ships to everyone in 5.5.0, no flag. iOS in ios#3352.

Screenshots:
![desk-light](https://github.com/halcyon/halcyon-android/assets/desk-light.png) ![desk-dark](https://github.com/halcyon/halcyon-android/assets/desk-dark.png)
""")

pr("ios", "changed", "ble", False,
   "Faster reconnect when coming back to the desk",
   "Change Bluetooth reconnection so the app reconnects to the desk in under two seconds",
   """
When you come back to your desk the app used to take 6–15 s to reconnect: we waited for a fresh scan result before connecting. We now keep a pending `connect()` to the known peripheral identifier while the app is active, which iOS completes as soon as the desk is in range, and we skip service discovery if the GATT cache is valid.

Median reconnect in the office test: 11.2 s → 1.4 s. Battery impact measured over a day: negligible.
""")

pr("cloud", "changed", "stats", False,
   "Day boundaries in the user's time zone",
   "Change daily activity to start at the user's local midnight instead of midnight UTC",
   """
Daily stats were cut at 00:00 UTC, which for someone in California means the "day" starts at 4–5 pm. Days now start at local midnight, using the time zone from the user's profile (set by the app on launch). Historical days are recomputed, so some past days show different numbers, which are the correct numbers at last. An in-app note on the activity screen explains it for a week.
""")

pr("ios", "changed", "onboarding", False,
   "Shorter onboarding",
   "Change onboarding to make desk calibration optional",
   """
Onboarding drop-off was 22% at the calibration step (you need a tape measure). Calibration is now optional with "Do it later", plus a reminder card on the desk screen after 3 days. Also merged the two permission screens into one. 7 screens → 4.
""")

pr("cloud", "changed", "app-sync", False,
   "Per-field last-writer-wins for presets",
   "Change preset sync so edits made on different devices no longer overwrite each other",
   """
Conflict resolution was per record: if you renamed a preset on your phone and changed its height on the web, whichever synced last replaced the whole preset. Now each field (name, height, order, icon) has its own timestamp and the latest write wins per field.

Needs app 5.3+ to send field timestamps. Older apps keep working; their writes are treated as touching every field, i.e. today's behaviour.
""")

pr("web", "changed", "auth", False,
   "Session lifetime 14 days",
   "Change web app sessions to expire after 14 days of inactivity instead of 30",
   """
Aligns the web with the mobile refresh token lifetime and the recommendation from the last pen test (not a finding, just a recommendation). Active users aren't affected since the session slides on use; anyone inactive for 14 days signs in again.
""")

pr("android", "changed", "notifications", False,
   "Ask for notification permission in context",
   "Change the app to ask for notification permission when Posture Nudge is first turned on",
   """
On Android 13+ we asked for POST_NOTIFICATIONS on first launch, before the user knows what we'd notify about, and 48% denied. Now we ask when the user turns on Posture Nudge or the weekly report, with a short explainer first. Users who already answered aren't asked again (the system limits that anyway).
""")

pr("ios", "changed", "lamp", False,
   "Lumen: colour temperature in Kelvin",
   "Change the Lumen colour temperature slider to show Kelvin values",
   """
The slider showed "Warm ←→ Cool" with no numbers. It now shows Kelvin (2700–6500 K) with tick marks at common values and snaps to the lamp's 100 K steps. Several people were trying to match their monitor's white point and asked for numbers. Same lamp commands underneath, UI only.
""")

pr("cloud", "changed", "presets", False,
   "Preset names up to 20 characters",
   "Change the maximum preset name length from 12 to 20 characters",
   """
"Standing (tall)" doesn't fit in 12 characters, and the German translations of the default names were already being truncated. The API now accepts up to 20 characters (grapheme clusters, not bytes, so emoji count as one). 20 is what fits on the watch complication and the widget.

Desks don't store names (only the app does), so no firmware change. Apps before 5.4 still truncate to 12 when displaying.
""")

pr("web", "changed", "stats", False,
   "Activity: show standing share",
   "Change the weekly activity chart to show the share of time spent standing",
   """
The chart showed standing minutes per day, which looks bad on days you worked 4 hours and great on 12-hour days. It now shows standing as a percentage of desk time by default, with a toggle for absolute minutes. The goal line only appears in the minutes view.
""")

pr("fleet-api", "changed", "fleet-api", True,
   "Per-organisation rate limit for v1",
   "Change API v1 rate limiting from per token to per organisation (600 requests per minute)",
   """
v1 limited each token to 1,000 req/min, so orgs with many tokens could hammer the API; a handful of integrations polling `/v1/desks` every second have been degrading it for everybody. v1 now uses the same model as v2: **600 req/min per organisation** across all tokens, 3,000 for Enterprise.

**Integrators** whose combined traffic exceeds 600 req/min need to back off, batch, or move to webhooks / the v2 live occupancy endpoint. In the last 30 days 14 orgs exceeded it regularly; customer success contacted them three weeks ago. `429` responses carry `Retry-After` as before.
""")

pr("fleet-api", "changed", "booking", False,
   "Cancellation cutoff default 15 min",
   "Change the default booking cancellation cutoff from 1 hour to 15 minutes before start",
   """
Default `cancellation_cutoff` for new sites goes from 60 to 15 minutes. Existing sites keep what they have. Customer feedback: an hour was too strict, so people just didn't show up instead of cancelling, which is worse for everyone.
""")

pr("fleet-api", "changed", "reports", False,
   "Utilisation based on check-ins",
   "Change utilisation reports to count desks that were used rather than desks that were booked",
   """
"Utilisation" now means desks that were actually used (check-in or occupancy signal), not desks that were booked. Booked-but-unused desks show as a separate "no-show" series. This matches how facilities teams use the number (sizing office space).

Because this changes historic numbers, reports show a "Definition changed" marker on the date of the switch. The old metric is still available as "Booking rate".
""")

pr("fleet-api", "changed", "webhooks", True,
   "webhooks: payload version 2025-11",
   "Change webhook payloads to a new versioned envelope with desk height in millimetres",
   """
New default payload version `2025-11`:
- every event is wrapped in `{"id", "type", "version", "created_at", "data"}`
- `desk.moved` has `data.height_mm` (integer); the float `height` in cm, deprecated since the summer, is gone from this version

**Migration:** read `data.height_mm` and divide by 10 if you need cm. Existing subscriptions can pin the old version (`2024-01`) for 90 days via the `payload_version` setting; new subscriptions always get `2025-11`. Upgrade guide: developers.halcyonworks.com/webhooks/versions.
""")

pr("fleet-api", "changed", "sso", False,
   "SSO JIT users get the Employee role",
   "Change users created through SSO sign-in to get the Employee role instead of Viewer",
   """
JIT-provisioned users got `viewer`, which can't book anything, so every new SSO org's first support ticket was "SSO users can't book desks". The default is now `employee`, and orgs can choose the JIT default role in the SSO settings. Existing users keep their role.
""")

pr("billing", "changed", "billing", False,
   "Align billing date to the 1st",
   "Change monthly invoices to be issued on the 1st of the month",
   """
Invoices were issued on the subscription anniversary, which finance teams hate (one org billed on the 17th, another on the 3rd...). New subscriptions bill on the 1st; existing subscriptions move to the 1st at their next renewal with a one-time prorated invoice for the gap. Customers were told in the November billing email.
""")

pr("fleet-api", "changed", "fleet-ota", False,
   "fleet-ota: install window in local time",
   "Change Fleet firmware installs to run between 1 and 5 AM in each site's local time",
   """
The install window was 00:00–04:00 UTC for everyone: the middle of the afternoon in APAC and early evening on the US west coast, when people were still at their desks and saw them lock for 40 s. Desks now install between 01:00 and 05:00 in their site's local time. Custom windows set by admins are unchanged.
""")

pr("fleet-web", "changed", "floorplans", False,
   "Snap to grid by default",
   "Change the floor plan editor to snap desks to the grid by default",
   """
Almost everyone turned this on manually. Now on by default with a 0.25 m grid; hold Alt (Option on Mac) to place freely. The toggle is still there and remembered per user.
""")

pr("fleet-api", "changed", "fleet-api", False,
   "Default page size 50",
   "Change the default page size of API v1 list endpoints from 100 to 50",
   """
Default `limit` for v1 list endpoints goes from 100 to 50 (max stays 500). Desk objects with embedded occupancy made 100-item pages slow (p95 1.8 s). Clients that follow `next` links are unaffected; clients that assumed one page = 100 items should pass `limit=100` explicitly.

Not flagging this as breaking: the docs have always said the default may change and to use `next`. It's in the API changelog.
""")

pr("fleet-api", "changed", "scim", False,
   "SCIM DELETE deactivates",
   "Change SCIM user deletion to deactivate the user and keep their booking history",
   """
A SCIM `DELETE /Users/{id}` hard-deleted the user, which also deleted their past bookings and left holes in analytics. It now behaves like `active: false`: the user is deactivated, sessions revoked and future bookings cancelled within 5 minutes, while past bookings stay for reports and are purged with the org's normal retention. Personal data is removed after 30 days.
""")

pr("fleet-api", "changed", "check-in", False,
   "Configurable release window",
   "Change the no-show release window to be configurable per site from 10 to 120 minutes",
   """
Unclaimed bookings were released after a fixed 30 minutes. Admins can now set anything from 10 to 120 minutes per site (Settings → Sites → Check-in); the default stays 30. The booking confirmation email states the site's window so people know how long they have.
""")

pr("fleet-api", "changed", "exports", False,
   "CSV exports: UTF-8 with BOM",
   "Change CSV exports to include a byte order mark so Excel opens them correctly",
   """
Excel on Windows opens BOM-less UTF-8 CSVs as Windows-1252, so names like "Zoë" or "Łukasz" turned into mojibake. All CSV exports now start with a UTF-8 BOM (U+FEFF). Most CSV libraries strip it automatically. Booking exports also gain a `checked_in_at` column at the end, which doesn't disturb parsers that read by header name.
""")

pr("fleet-api", "changed", "fleet-api", True,
   "v2 errors as application/problem+json",
   "Change API v2 error responses to the RFC 9457 problem details format",
   """
Error responses in v2 change from `{"error": {"code": ..., "message": ...}}` to RFC 9457 problem details:

```json
{
  "type": "https://developers.halcyonworks.com/errors/desk_unavailable",
  "title": "Desk unavailable",
  "status": 409,
  "detail": "Desk 4F-12 is already booked from 09:00 to 17:00",
  "code": "desk_unavailable"
}
```

Content-Type is `application/problem+json`. `code` values are unchanged and now sit at the top level.

Breaking for v2 early-access clients: read `code` instead of `error.code`. The early-access group (31 orgs) was emailed; v2 GA docs already show the new format.
""")

pr("fleet-api", "changed", "admin", True,
   "Require 2FA for admin roles",
   "Require two-factor authentication for Fleet admins who sign in with a password",
   """
Admins and owners who sign in with email + password must now set up TOTP or a passkey. On their next sign-in they're sent through enrolment and can't skip it. SSO users are unaffected (their IdP handles MFA).

Announced to admins by email with four weeks' notice. Orgs can't opt out. Support has a documented recovery process for lost devices (identity check by Tier 2).
""")

pr("fleet-web", "changed", "ui", False,
   "Nav: Reports → Analytics",
   "Change the navigation to group reports and heatmaps under Analytics",
   """
Reports and Heatmaps move under a new "Analytics" section in the sidebar. Old `/reports/*` URLs redirect. Makes room for the movement insights without the sidebar growing again.
""")

pr("fleet-api", "changed", "occupancy", False,
   "occupancy: 10 min threshold",
   "Change desks to count as occupied only after 10 minutes of activity",
   """
Someone adjusting a desk while walking past, or the cleaning crew moving it, marked it occupied for the rest of the hour. "Occupied" now requires activity signals spanning at least 10 minutes (was 3). Compared against the manual walk-through counts from the Portland HQ pilot: agreement went from 84% to 93%.
""")

pr("fleet-api", "changed", "notifications", True,
   "Send booking emails from bookings@halcyonworks.com",
   "Change booking emails to be sent from bookings@halcyonworks.com",
   """
Booking confirmation and reminder emails move from `noreply@halcyonworks.com` to `bookings@halcyonworks.com`, which has its own SPF/DKIM and sending IP pool, so marketing sends can't affect its reputation. Replies now go to a monitored inbox instead of bouncing. Reply-To is still the site's facilities contact where one is set.

**Action for some orgs:** IT teams that allowlist our sender in Exchange transport rules or their spam gateway must add `bookings@halcyonworks.com`, otherwise booking emails may be quarantined. We can't send from both addresses in parallel (DMARC alignment), so CS is contacting the orgs we know have allowlists.
""")

pr("fleet-api", "changed", "booking", True,
   "GET /v1/bookings excludes cancelled by default",
   "Change the bookings list endpoint to leave out cancelled bookings unless requested",
   """
`GET /v1/bookings` returned cancelled bookings mixed in with active ones, and most integrations we've seen filter them out client-side (several don't, and show cancelled bookings on lobby screens). Cancelled bookings are now excluded by default.

**Breaking:** if you rely on getting cancelled bookings (e.g. for no-show reporting), add `include_cancelled=true`. The `status` field is unchanged. Announced in the API changelog; matches v2 behaviour.
""")

pr("fleet-api", "changed", "integrations", True,
   "teams: request ChannelMessage.Send",
   "Change the Teams app to require admin re-consent for channel notifications",
   """
To post booking digests to channels (not just personal chats) we need the `ChannelMessage.Send` permission. Microsoft requires tenant admin consent for the new permission, and after the app manifest update the Teams integration in an org stops sending *any* notifications until an admin re-consents.

Admins see a banner in Settings → Integrations → Microsoft Teams with the consent link. Email to every org with Teams enabled goes out the day we deploy.
""")

pr("fleet-web", "changed", "booking", False,
   "Booking page: virtualised desk layer",
   "Change the booking page to load about 40% faster on large floor plans",
   """
The booking page rendered every desk marker as a React component with its own tooltip and subscription, which got slow above ~500 desks. Markers are now drawn on a single canvas layer with hit-testing, and tooltips are created on hover. Time to interactive on the 900-desk floor: 4.1 s → 2.4 s. Live availability updates patch the canvas instead of re-rendering.

Visually identical, checked with the Chromatic snapshots.
""")


# ---------------------------------------------------------------------------
# NONE — not user-visible
# ---------------------------------------------------------------------------

pr("fw", "none", "motor", False,
   "Refactor motion state machine into a table-driven FSM",
   "Refactor the motion state machine into a table-driven implementation",
   """
No functional changes intended. `motion.c` had grown into a 900-line switch with states handled in three places. This replaces it with a transition table plus per-state entry/exit handlers.

Verification:
- all 214 unit tests pass unchanged
- HIL suite green on HC-2 and HC-3
- binary size −1.2 kB
- recorded 500 random key sequences on the old build and replayed them on the new one: identical motor command traces

Reviewers: suggest reading `motion_table.c` first, then the diff of `motion.c` is mostly deletions.
""")

pr("fw", "none", "ci", False,
   "Move firmware CI to GitHub Actions",
   "Migrate firmware CI from Jenkins to GitHub Actions",
   """
The Jenkins box is being decommissioned at the end of the month. Ports the build, unit test and static analysis jobs to Actions. HIL tests still run in the lab on self-hosted runners (label `hil-rig`).

Build artifacts are byte-identical to the Jenkins ones (compared hashes for the last 3 release tags with `SOURCE_DATE_EPOCH` set).

- [x] build matrix (hc2, hc3, bootloader)
- [x] cppcheck + clang-tidy
- [x] HIL on self-hosted
- [ ] delete Jenkinsfile, after a week of parallel runs
""")

pr("fleet-web", "none", "deps", False,
   "chore(deps-dev): eslint 9 + flat config",
   "Upgrade ESLint to version 9 and migrate to the flat config format",
   """
Dev dependency only. Migrated `.eslintrc.cjs` to `eslint.config.js` and replaced `eslint-plugin-import` with `eslint-plugin-import-x`, since the former didn't support flat config yet. Fixed ~40 new lint errors, all `no-unused-vars` on caught errors. Nothing ships to the browser differently.
""")

pr("fw", "none", "tests", False,
   "Tests for enc_to_mm rounding",
   "Add unit tests for encoder-to-millimetre conversion",
   """
Adds the test matrix promised in the review of the drift fix: every encoder count in the mechanical range of both controllers round-trips through mm and display units without accumulating error, for 1,000 simulated preset stops. Runs in ~0.3 s on host. No production code changes.
""")

pr("fleet-web", "none", "deps", False,
   "Bump lodash from 4.17.20 to 4.17.21",
   "Bump lodash from 4.17.20 to 4.17.21 in build tooling",
   """
Bumps [lodash](https://github.com/lodash/lodash) from 4.17.20 to 4.17.21.

<details>
<summary>Commits</summary>
<ul>
<li>Bump to v4.17.21</li>
<li>Improve performance of <code>toNumber</code>, <code>trim</code> and <code>trimEnd</code> on large input strings</li>
<li>Prevent command injection through <code>_.template</code>'s <code>variable</code> option</li>
</ul>
</details>

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself.

---
**@mkaur:** lodash is only pulled in by `webpack-bundle-analyzer` (devDependency), it's not in the shipped bundle and we never call `_.template` anyway. Merging as routine.
""", wrap=False)

pr("android", "none", "build", False,
   "Rename :core-ble module to :ble",
   "Rename the internal core-ble Gradle module to ble",
   """
Pure rename: IDE refactor plus Gradle settings. No code changes besides package imports; the module had nothing "core" about it. Merge conflicts are likely for anyone with open BLE PRs, sorry, rebase after this lands.
""")

pr("fw", "none", "release", False,
   "Bump version to 4.2.1",
   "Bump the firmware version number to 4.2.1",
   "", wrap=False)

pr("ios", "none", "tooling", False,
   "fix lint",
   "Fix SwiftLint warnings",
   """
<!-- Describe your change -->

<!-- Link the issue this PR resolves -->
Fixes #

- [ ] Tests added
- [ ] Docs updated
""", wrap=False)

pr("fleet-api", "none", "booking", False,
   "Add desk swap",
   "Add flag-gated groundwork for desk swaps between users",
   """
Groundwork for desk swapping (two people exchange bookings for a day). Everything is behind the `desk_swap` flag, which is **off for every org**, including ours, until the fleet-web UI exists (next quarter).

- `booking_swaps` table + migration (small new table, no lock concerns)
- service layer + unit tests
- no routes registered unless the flag is on

Nothing user-facing ships in this PR, please keep it out of the release notes.
""")

pr("android", "none", "build", False,
   "Gradle version catalog",
   "Move Android dependency versions into a Gradle version catalog",
   """
Moves all dependency coordinates to `gradle/libs.versions.toml`. Same versions as before (verified that `./gradlew :app:dependencies` output is identical apart from ordering). Renovate understands catalogs, so future bumps become one-line PRs.
""")

pr("fw", "none", "tests", False,
   "hil: every shipped bootloader + 1,000-cycle endurance",
   "Add all shipped bootloader versions and a 1,000-cycle endurance run to the HIL suite",
   """
Two action items from the INC-2026-0129 postmortem:

1. the HIL lab now has an HC-2 board for every bootloader we ever shipped (1.6, 1.7, 1.8, 1.9, 2.0); the OTA job runs against all of them
2. the endurance job goes from 150 to 1,000 cycles per release candidate (~9 h on the rig, runs overnight)

```
hil/
  boards.yaml          # + hc2-bl16, hc2-bl18, hc2-bl19
  jobs/ota_matrix.py   # parametrised over boards.yaml
  jobs/endurance.py    # CYCLES = 1000
```

No firmware changes.
""")

pr("fleet-api", "none", "infra", False,
   "Switch to structlog",
   "Replace the standard logging setup with structlog",
   """
Switches fleet-api logging to structlog with JSON output. Same fields as before plus `request_id` everywhere (it was missing in background jobs). The Datadog pipeline is updated to parse the new format; log-based monitors were tested on staging for a week.
""")

pr("infra", "none", "infra", False,
   "RDS: fleet Postgres 14 → 16",
   "Upgrade the Fleet database from PostgreSQL 14 to 16",
   """
Terraform for the blue/green upgrade. Ran on staging last week; prod is planned for the Sunday maintenance window (06:00–08:00 UTC, already announced on the status page with the usual 72 h notice). The application needs no changes; the full API suite passes against 16.

Plan: 3 to add, 1 to change, 0 to destroy.

```
~ aws_db_parameter_group.fleet
    family: "postgres14" -> "postgres16"
```
""")

pr("ios", "none", "stats", False,
   "Remove standing streaks",
   "Remove unused code for the never-released standing streaks feature",
   """
Streaks were prototyped behind `FeatureFlags.streaks` and never enabled for anyone outside the team; product went with the weekly report instead. Deleting the views, the view model, the flag and the strings (which were never translated). No user-facing change.
""")

pr("web", "none", "ui", False,
   'Revert "Use new preset card layout"',
   "Revert the unreleased preset card layout change",
   """
This reverts commit 8e41f0c.

The new layout breaks the activity page grid on Safari 16. It was never deployed (main goes to production on Thursday), so no user saw it. Will reland with a fix.
""")

pr("fleet-api", "none", "tooling", False,
   "Better errors in the support console",
   "Improve error messages in the internal support console",
   """
The support console (internal only, behind the staff VPN and SSO) showed "Something went wrong" for every failure. It now shows the exception class and request id, so Tier 2 can paste them into FLT tickets. Not exposed to customers.
""")

pr("fw", "none", "docs", False,
   "Fix typos in comments",
   "Fix typos in source code comments",
   """
codespell over `src/` and `drivers/`. Comments only, `git diff --word-diff` is easy to skim: "recieve", "seperate", "occured" and friends. Also one "teh" in a debug-level log string that is compiled out of release builds.
""")

pr("android", "none", "telemetry", False,
   "Track OTA duration in analytics",
   "Add internal analytics events for firmware update duration and failures",
   """
Adds analytics events `ota_started`, `ota_completed` and `ota_failed` with duration, chunk size, PHY (1M/2M), phone model and failure reason, so we can see how long the tail is. Goes through the existing analytics consent: no events if the user opted out. No UI change.
""")

pr("android", "none", "deps", False,
   "Kotlin 2.0 + K2 compiler",
   "Upgrade the Android build to Kotlin 2.0",
   """
Kotlin 1.9.24 → 2.0.21; the Compose compiler now comes via the Kotlin Gradle plugin. Fixed a handful of new warnings. Clean `assembleRelease` on CI went from 6m12s to 4m50s.

APK diff with diffuse: +4 KB dex, no API or behaviour changes expected. Smoke-tested pairing, OTA and widgets on a Pixel 8.
""")

pr("ios", "none", "ui", False,
   "Migrate view models to @Observable",
   "Migrate some view models to the Observation framework",
   """
Now that the minimum is iOS 17 for... wait, no, it's 16. Rolling back that part.

OK, actual description: migrates the view models that are only used on iOS 17+ screens (watch companion settings, widget configuration) to `@Observable`. The rest stay `ObservableObject` until we raise the deployment target. No UI or behaviour changes, just less `@Published` boilerplate.
""")

pr("fleet-api", "none", "tooling", False,
   "Add CODEOWNERS",
   "Add a CODEOWNERS file for automatic review requests",
   """
Billing → @halcyon/billing, SSO/SCIM → @halcyon/identity, migrations → @halcyon/platform. Everything else → @halcyon/fleet-backend.
""", wrap=False)

pr("fleet-api", "none", "tests", False,
   "pytest-xdist for the test suite",
   "Run the API test suite in parallel to speed up CI",
   """
Test suite 14 min → 4 min on CI with `-n 8`. Required per-worker databases (`fleet_test_gw0` … `fleet_test_gw7`) and fixing 6 tests that depended on execution order (they all shared a desk named "Desk 1"). The flaky-test tracker shows nothing new after 50 runs.
""")

pr("fw", "none", "deps", False,
   "Bump nRF Connect SDK to v2.6.1",
   "Update the nRF Connect SDK from 2.5.2 to 2.6.1",
   """
Routine toolchain update. Went through the release notes for everything we use (BLE host, MCUboot, flash driver); nothing affecting us beyond a couple of renamed Kconfig options, updated here. Image size +312 bytes. Full HIL and the 24 h soak passed on HC-2 and HC-3.

We're not picking up the connection subrating feature, that's a separate discussion.
""")

pr("ios", "none", "tests", False,
   "Fix flaky SyncEngineTests.testConflictResolution",
   "Fix a flaky sync engine unit test",
   """
The test used `Date()` for both records and sometimes they got the same timestamp, which made the "latest wins" assertion random. Injected a clock. Failed about 1 in 30 CI runs before, 0 in 200 after.
""")

pr("fleet-api", "none", "build", False,
   "Multi-stage Dockerfile",
   "Switch the API container build to a multi-stage Dockerfile",
   """
Image 1.21 GB → 312 MB by building wheels in a builder stage and copying only the venv into `python:3.12-slim`. The container also runs as non-root uid 10001 now (the Helm chart already set `runAsNonRoot`, and it only worked because of an override nobody remembered; removed the override). No runtime behaviour change.
""")

pr("fleet-api", "none", "tooling", False,
   "migration linter: require CONCURRENTLY on large tables",
   "Make the migration linter require concurrent index builds on large tables",
   """
Action item 2 from INC-2026-0217. The migration linter now fails CI when a migration:

- creates an index without `CONCURRENTLY` on a table with more than 1M rows (row counts come from a nightly snapshot of `pg_class.reltuples`)
- adds a foreign key or `CHECK` without `NOT VALID`
- doesn't start with `SET lock_timeout = '5s'` (action item 1, already in the template)

Escape hatch: `-- lint: allow-blocking <reason>` with a required reviewer from @halcyon/platform. Ran against every migration in the repo: it flags `0217_add_checkin_index`, as it should.
""")

pr("fleet-web", "none", "ui", False,
   "Storybook: booking components",
   "Add Storybook stories for booking components",
   """
Stories for `BookingCard`, `DeskPicker` and `TimeSlotGrid` with mocked data, including the edge cases design asked about (everything booked, very long desk names, RTL). Chromatic visual tests now cover them. No changes to the components themselves.
""")

pr("infra", "none", "ci", False,
   "deploy: no automatic retries for migrations",
   "Disable automatic retries of database migrations in the deploy pipeline",
   """
Action item 3 from INC-2026-0217: the pipeline's generic retry (3 attempts) also applied to the migration step, which is how a migration we had cancelled came back 3 minutes later.

- migration step: `retries: 0`, failure stops the deploy and pages the deployer
- other steps keep their retries
- added a `halt` input to the pipeline so the on-call can stop everything with one click (runbook link in the job description)
""")

pr("fleet-web", "none", "deps", False,
   "Replace moment with date-fns",
   "Replace moment.js with date-fns internally",
   """
moment is in maintenance mode and is 70 KB of our bundle. Replaced every usage with date-fns (+ date-fns-tz for site time zones). All date formatting should be identical: before swapping I added snapshot tests for every format string we use, in 12 locales, and they all pass unchanged.

If you see a date that looks different after this, it's a bug in this PR, please ping me.
""")

pr("fw", "none", "tooling", False,
   "pre-commit: clang-format + codespell",
   "Add pre-commit hooks for formatting and spell checking",
   """
`pip install pre-commit && pre-commit install` and you get clang-format (our existing `.clang-format`) and codespell on changed files. CI runs the same hooks, so skipping the local install is fine. Reformats nothing in this PR; the codebase was already formatted.
""")

pr("web", "none", "ci", False,
   "renovate: group minor devDependency updates",
   "Group minor development dependency updates in Renovate",
   """
We're getting ~25 Renovate PRs a week. This groups all minor/patch devDependency updates into one weekly PR (Monday morning), keeps runtime dependencies separate, and auto-merges patch devDependency updates when CI is green.

```json
{
  "packageRules": [
    {
      "matchDepTypes": ["devDependencies"],
      "matchUpdateTypes": ["minor", "patch"],
      "groupName": "dev deps",
      "schedule": ["before 9am on monday"]
    }
  ]
}
```
""")

pr("fleet-web", "none", "tooling", False,
   "Generate API client from OpenAPI",
   "Generate the Fleet console's API client from the OpenAPI spec",
   """
Replaces the hand-written `api/*.ts` fetch wrappers with a client generated by `openapi-typescript` + `openapi-fetch` from fleet-api's spec. Types now match the backend exactly, and it already caught two places where we read a field that doesn't exist (both in dead code paths, removed). `npm run gen:api` regenerates; CI checks the generated file is up to date.
""")

pr("ios", "none", "tests", False,
   "Update snapshots",
   "Update UI test snapshots",
   """
see title
""", wrap=False)

pr("billing", "none", "billing", False,
   "Extract ProrationCalculator",
   "Extract proration calculation into its own module",
   """
Pulls the proration maths out of `SubscriptionService.change_seats()` into a pure `ProrationCalculator`, so it can be unit tested without Stripe mocks. 40 table-driven tests including leap years and the 31st → 28th edge case. Output is identical for all 18 months of historic seat changes (replayed from the ledger).
""")

pr("fleet-api", "none", "tests", False,
   "k6 load tests for the Monday booking rush",
   "Add load test scripts that simulate the Monday morning booking rush",
   """
k6 scenarios reproducing the 09:00 Monday peak when the week opens for booking: 5k virtual users ramping in 30 s, each books a desk and fetches a floor plan. Runs against staging only; a guard refuses production hostnames. Baseline in the README: p95 410 ms for booking create at 1,200 rps.
""")

pr("fw", "none", "build", False,
   "Move display strings to a table",
   "Reduce firmware image size by storing display strings in a lookup table",
   """
We're at 94% of the application slot and the Matter work needs ~60 KB. This moves every display string (error codes, menu labels) into one table indexed by enum and drops the duplicated `snprintf` formatting paths: −7.4 KB. Display output is identical; I compared rendered framebuffer dumps for every menu state in the simulator, HC-2 segment patterns included.
""")

pr("fleet-api", "none", "booking", False,
   "Backfill reservations.checked_in_source",
   "Backfill the check-in source column on historical bookings",
   """
Adds and backfills `checked_in_source` (`qr`, `nfc`, `app`, `auto`, `admin`) for historic bookings from the audit trail. Nothing reads it yet; the analytics change that uses it comes next.

The backfill runs in batches of 10k with a 200 ms pause and `lock_timeout` 5 s per batch, so it's safe while live (~40 min in prod for 410M rows... no, it only touches rows with a check-in, ~90M, estimate still holds).
""")

pr("fw", "none", "release", False,
   "Merge release/4.2 back into main",
   "Merge the 4.2 release branch back into main",
   "", wrap=False)


# ---------------------------------------------------------------------------
# SECURITY
# ---------------------------------------------------------------------------

pr("fw", "security", "firmware-ota", False,
   "Harden OTA header parsing",
   "Fix a flaw in update image parsing that could let an unsigned image pass verification",
   """
Tightens validation of the OTA image header.

`hdr.tlv_len` was trusted when locating the signature TLV. In the new TLV layout introduced for the 4.3.0 beta, a crafted image with a length pointing past the end of the image made `find_sig_tlv()` return a zeroed region, and the ECDSA check compared against it in a way that passed. Net effect: an unsigned image could be installed by anyone able to connect to a desk over BLE while it was in pairing mode, or by a compromised gateway. Stable 4.2.x uses the old parser and is **not** affected.

- bounds-check every TLV against the image size
- fail closed (E09) if the signature TLV is missing or malformed
- fuzz target `fuzz_ota_header` added (libFuzzer, 6 h clean)

Advisory in preparation as HW-SA-2026-004. Please keep exploitability discussion in the private channel until the next beta build has reached all beta desks.
""")

pr("fw", "security", "pairing", False,
   "HC-2: require bonding for control writes",
   "Fix a Bluetooth pairing bypass that let nearby devices move HC-2 desks left in pairing mode",
   """
HW-SA-2025-003, CVSS 7.1 (High). Reported through the bug bounty by an external researcher.

On HC-2, while pairing mode was open (M held for 5 s, display `PAI`), the control characteristics accepted writes from *any* connected central before pairing completed. Pairing mode also stayed open until the next key press. So anyone within Bluetooth range could connect and send movement commands to a desk whose pairing mode had been left open. HC-3 is not affected: it requires the six-digit confirmation code before any write.

- control characteristics require an encrypted, bonded link on HC-2 as well
- pairing mode closes automatically after 2 minutes
- no change for already-paired phones; nobody needs to re-pair

Accelerated rollout (5%, then 100% after 48 h). Ships as 4.1.2.
""")

pr("cloud", "security", "app-sync", False,
   "Check preset ownership",
   "Fix users being able to read and change other users' presets through the API",
   """
Small fix in `PresetsView.get_object`: it looked up presets by id without filtering by the requesting user. Preset ids are sequential, so `GET/PATCH/DELETE /v1/presets/{id}` worked across accounts.

Data exposed: preset name, height, desk nickname. No evidence of exploitation in the access logs we still have (13 months): the only cross-account hits are from our own test accounts.

Added an ownership test for every `/v1/*/{id}` route and moved new presets to UUIDs.
""")

pr("fleet-api", "security", "fleet-api", False,
   "Tweak log formatting",
   "Stop writing API tokens to request logs in plain text",
   """
Request logs included the full `Authorization` header when a request failed with 401/403 (the error logger dumped all headers). So API tokens that were revoked or used with the wrong permissions, but also *valid* tokens hitting a 403, sat in plaintext in Datadog for 30 days.

- redact `Authorization`, `X-Api-Key`, `Cookie` and `?api_key=` on every log path
- purge the affected index in Datadog (done by @platform yesterday)
- owners of tokens that appear in the logs get an email recommending rotation; we're not forcing it

Nothing else customer-facing besides that email.
""")

pr("fleet-api", "security", "sso", True,
   "saml: validate signature on the asserted element",
   "Fix a SAML signature wrapping flaw that could allow signing in as another user",
   """
**Security fix. Do not discuss publicly until the advisory is out.**

We verified that the SAML response *contained* a valid signature but then read the `Assertion` via an XPath that could match an unsigned assertion injected elsewhere in the document (classic XML signature wrapping). Anyone with a valid signed response from the org's IdP could have crafted a response for another user in the same org.

Fix: only use the element referenced by the verified signature's `Reference URI`, reject documents with more than one Assertion, disable DTD processing.

**Action needed for some orgs:** IdPs configured to sign only the Response (not the Assertion) must enable assertion signing; until they do, sign-in fails with "Assertion must be signed". Telemetry shows 23 orgs in that configuration; CS is contacting them with IdP-specific instructions.

Tested with SAML Raider payloads XSW1–XSW8: all rejected now.
""")

pr("fleet-web", "security", "floorplans", False,
   "Escape room and zone names in floor plan tooltips",
   "Fix room and zone names being able to run scripts in other users' browsers on the floor plan",
   """
HW-SA-2026-001. Floor plan tooltips rendered room and zone names with `dangerouslySetInnerHTML` (to support search-match highlighting). An admin with floor-plan edit rights, or an API token with write access, could save a name like `<img src=x onerror=...>` and it ran for every user viewing the floor plan, including org owners.

Highlighting now splits the string and renders `<mark>` elements, no HTML. Names are also sanitised when edited in the console. A CSP `script-src` without `unsafe-inline` for the console follows in #2255 (report-only for a week first).

Found during internal review; no evidence it was used.
""")

pr("fleet-api", "security", "floorplans", False,
   "Sanitise names on floor plan import",
   "Fix unsafe room and zone names slipping in through floor plan imports",
   """
Follow-up to HW-SA-2026-001. The original fix sanitised room and zone names when they're edited in the console, and escaped them in tooltips, but names created by DXF/SVG import and the bulk CSV import went straight into the database. Other surfaces that render names (the booking confirmation email, the Teams card) were therefore still exposed to markup injection.

All import paths now go through the same `sanitize_display_name()` as the editor, and a migration re-sanitises existing names (17 names changed across 4 orgs, all harmless stray `<` characters as far as we can tell).
""")

pr("fleet-api", "security", "webhooks", False,
   "webhooks: URL validation",
   "Prevent webhook URLs from targeting internal network addresses",
   """
Webhook URLs weren't checked for internal destinations. Pointing a webhook at `http://169.254.169.254/latest/meta-data/iam/...` and triggering a test delivery returned the response body in the delivery log, i.e. instance credentials. Reported through the bug bounty, triaged as high.

- resolve the host and reject private, loopback, link-local and our VPC ranges, at delivery time as well as on save (DNS rebinding)
- the delivery log stores status and headers only, never response bodies
- instance role credentials rotated; IMDSv2 enforced on the workers (infra#455)
""")

pr("android", "security", "deep-links", False,
   "Don't export DeskControlActivity",
   "Prevent other Android apps from moving the desk through the Halcyon app",
   """
`DeskControlActivity` was `exported="true"` with an intent filter for `com.halcyonworks.action.MOVE_TO_PRESET`, left over from a Tasker experiment. Any installed app could start it with `preset=2` and the desk would move (if connected), with no user interaction.

Set `exported="false"` and removed the intent filter. The widget and Quick Settings tile use explicit `PendingIntent`s, so they're unaffected. Deep links (`halcyon://desk`) only open screens, they never move the desk.
""")

pr("ios", "security", "auth", False,
   "Move refresh token to Keychain",
   "Store the sign-in refresh token in the Keychain instead of app preferences",
   """
The refresh token was stored in `UserDefaults`, which ends up in unencrypted device backups and is readable on jailbroken devices. Moved to the Keychain with `kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly`. On first launch the token is migrated and the old key deleted. Server side, every iOS refresh token is rotated on next use, so anything that leaked through a backup stops working.
""")

pr("cloud", "security", "accounts", False,
   "Bump pillow from 10.0.1 to 10.3.0",
   "Update Pillow to fix a buffer overflow in image processing",
   """
Bumps [pillow](https://github.com/python-pillow/Pillow) from 10.0.1 to 10.3.0.

<details><summary>Release notes</summary>
<p>10.3.0: Security: fixed a buffer overflow in <code>_imagingcms.c</code> (CVE-2024-28219)</p>
</details>

---
**@rhiannon-w:** we do process untrusted images with Pillow (profile photo upload → thumbnail), so this isn't just hygiene. We don't call ImageCms directly, but I didn't want to reason about transitive paths. Labelled security, merging today.
""", wrap=False)

pr("cloud", "security", "auth", False,
   "Single-use reset tokens",
   "Fix password reset links staying valid after they have been used",
   """
Reset tokens stayed valid for their full hour even after a successful reset, so a link left in a mailbox (or a forwarded email) could be used to reset the password again. Tokens are now consumed on use, and all outstanding reset tokens for a user are invalidated when the password changes or when they sign out everywhere.
""")

pr("cloud", "security", "auth", False,
   "Throttle sign-in attempts",
   "Rate-limit sign-in attempts to block password-guessing attacks",
   """
We saw a credential stuffing wave last weekend (~2M attempts from rotating residential IPs; the few that succeeded were all accounts reusing breached passwords). There was no throttling on `/v1/auth/token`.

- per account: 10 failures in 15 min → exponential backoff + captcha
- per IP: 100 attempts/min
- accounts with a successful sign-in from a new IP during the wave got a forced password reset and an email (341 accounts)

New Datadog monitor on the auth failure rate. Ingrid's team has the incident write-up.
""")

pr("billing", "security", "billing", False,
   "Verify Stripe webhook signatures",
   "Fix the billing webhook accepting unsigned requests that could mark invoices as paid",
   """
`/billing/stripe/webhook` parsed the JSON and acted on it without `stripe.Webhook.construct_event`, so anyone who knew the URL could POST an `invoice.paid` event and mark an org's invoice as paid (or extend a trial). The URL isn't secret, just not linked anywhere.

Now we verify the `Stripe-Signature` header with the endpoint secret and reject events older than 5 minutes. Reconciled every invoice marked paid via webhook in the last 2 years against Stripe's API: all genuine.
""")

pr("fleet-api", "security", "exports", False,
   "Presigned URLs for export downloads",
   "Fix export download links staying publicly accessible indefinitely",
   """
Async exports (bookings, audit log) were uploaded with `ACL=public-read` and emailed as plain S3 URLs. Anyone with the link (a forwarded email, proxy logs) could download them forever, and they contain names and email addresses.

- the bucket now blocks public access
- emails link to `/exports/{id}/download`, which requires sign-in and redirects to a 15-minute presigned URL
- existing objects made private (old links now return 403; users can regenerate the export)
- lifecycle rule deletes exports after 7 days
""")

pr("fw", "security", "diagnostics", False,
   "Build config cleanup",
   "Disable the debug shell on the service connector in production firmware",
   """
Removes some stale Kconfig fragments and, more importantly: `CONFIG_SHELL=y` and `CONFIG_SHELL_BACKEND_SERIAL=y` were coming from `debug.conf`, which had been included in the production overlay by mistake. The shell is reachable on the service connector under the desk, so anyone with physical access and a cheap USB-UART adapter could disable collision detection or rewrite the height limits (`motor limits set ...`).

Production builds now have no shell; the service technician flow uses the signed diagnostics command. Added a CI check that fails if `CONFIG_SHELL` is set in any release artifact. Ingrid's team is deciding on the advisory.
""")

pr("infra", "security", "gateways", True,
   "gateway ingress: TLS 1.2 minimum",
   "Require TLS 1.2 or newer for gateway connections to Fleet",
   """
The gateway ingress still allowed TLS 1.0/1.1 and CBC cipher suites for the first gateway hardware batch. Switching the listener policy to `ELBSecurityPolicy-TLS13-1-2-2021-06`.

Impact: gateways on firmware older than 1.9 (old mbedTLS config) can't connect any more. Telemetry shows 23 such gateways across 7 orgs; those customers **must update gateway firmware** (1.9 has been out for two years) before the cut-over date. Customer success is in touch with all of them, and the device list flags the affected gateways.
""")

pr("web", "security", "auth", False,
   "Validate next= after sign-in",
   "Fix the sign-in page redirecting to arbitrary external sites",
   """
`/login?next=https://evil.example` redirected there after sign-in, which made our sign-in page useful for phishing (sign in to Halcyon → land on a fake "session expired, enter your password again" page). `next` must now be a relative path on our origin; anything else goes to `/`. Also handles `//evil.example` and `/%5Cevil.example`.
""")


# ---------------------------------------------------------------------------
# REMOVED
# ---------------------------------------------------------------------------

pr("fleet-api", "removed", "fleet-api", True,
   "Fix typo in v1 router",
   "Remove the deprecated v1 desk height endpoint",
   """
Started as a typo fix in `routes_v1.py` (`hieght`), then I realised the only route using that name is `GET/PUT /v1/desks/{id}/height`, which has been deprecated for a year in favour of `PATCH /v1/desks/{id}` with `target_height_mm`, and is past its announced sunset date. So this removes it instead of fixing the typo.

Traffic in the last 30 days: 212 calls from 2 API tokens; both owners were contacted twice by CS. After this the route returns `410 Gone` with a link to the docs.

Fixes #
""", wrap=False)

pr("ios", "removed", "pairing", True,
   "Drop HC-1 controller support",
   "Remove support for Atlas Classic desks with HC-1 controllers from the app",
   """
HC-1 reached end of life on June 30, 2025, and Helix 3.9.4 is its final firmware. This removes the HC-1 BLE profile, the 3.x OTA path and the HC-1 pairing flow (~6k lines including the old protocol parser).

What users see: Atlas Classic desks no longer appear when adding a device, and already-paired HC-1 desks show a card explaining that the desk keeps working with its keypad, with links to the HC-3 upgrade kit and the trade-in offer. Activity history recorded from those desks stays.

**Breaking for Atlas Classic owners** who still control their desk from the app: they need the HC-3 upgrade kit to keep using the app. Android equivalent in android#2955.
""")

pr("fleet-api", "removed", "admin", True,
   "Drop legacy desk import format",
   "Remove support for the old semicolon-separated desk import format",
   """
The legacy import format (semicolon-separated, `Desk;Floor;Zone`, no header row) has been deprecated since the new CSV importer shipped. Uploading one now fails with a message explaining the new format and linking the template. Seven orgs used it in the past year; CS sent them the conversion script (`scripts/convert_legacy_import.py`, also linked from the error message).
""")

pr("fleet-web", "removed", "ui", False,
   "Remove classic dashboard",
   "Remove the classic Fleet dashboard",
   """
The classic dashboard (`/classic`) has been behind a "Switch back to classic" link for 8 months and deprecated, with an end-of-life banner, since the autumn. Usage is down to 0.3% of sessions. Removes ~14k lines (Backbone + jQuery, finally).

`/classic/*` URLs redirect to the equivalent new page where one exists, otherwise to the home page. Nothing for customers to do.
""")

pr("fw", "removed", "ble", True,
   "ble: remove legacy protocol",
   "Remove the legacy Bluetooth protocol used by Halcyon app versions before 5.0",
   """
The legacy characteristic layout (from the Helix 3 era) is only used by Halcyon app versions < 5.0 and by a few third-party integrations. It has been deprecated since 4.1 with a notice in the developer docs, and the capability bit told current apps to warn users.

Removing it frees 9 KB of flash (needed for the 4.3 features) and a lot of special cases in the GATT layer.

**Breaking:** anyone still on an app older than 5.0 (≈40 devices in analytics; those apps can't update desks to 4.x anyway) must update the app, and third-party integrations must move to the current protocol, documented at developers.halcyonworks.com/ble.
""")

pr("fleet-api", "removed", "notifications", False,
   "Remove SMS booking notifications",
   "Remove SMS notifications for bookings",
   """
SMS reminders were used by 0.6% of users and cost more than all other notifications combined, and carrier registration requirements make them painful to keep. Removed the SMS channel, the Twilio client and the phone-number verification flow.

Users who had SMS as their *only* channel (~1,100) were emailed two weeks ago; at deploy their preference is switched to email automatically, so nobody is left without reminders and nobody has to do anything.
""")

pr("fleet-api", "removed", "fleet-api", True,
   "Remove api_key query parameter auth",
   "Remove support for passing API tokens in the api_key query parameter",
   """
Query-string tokens end up in proxy logs, browser history and Referer headers (see the logging incident). Deprecated months ago with a `Deprecation` response header and monthly emails to the owners of tokens still using it.

After this ships, `?api_key=` returns 401 `api_key_in_query_not_supported`. Use the `Authorization: Bearer <token>` header, which has worked since 2019.

Remaining usage: 3 tokens, all internal test scripts, which I've updated in halcyon/scripts#88.
""")

pr("ios", "removed", "widgets", False,
   "Drop legacy Today extension",
   "Remove the old Today view widget",
   """
The Today extension (`HalcyonToday`, NotificationCenter framework) hasn't been visible since iOS 14 unless you scroll to the legacy section, and with iOS 16 as the minimum everyone has the WidgetKit widgets. Removes the target and its shared code. People who still had it will see it disappear; the WidgetKit widget does the same thing.
""")

pr("fleet-api", "removed", "webhooks", True,
   "Remove webhook payload version 2024-01",
   "Remove the 2024-01 webhook payload version",
   """
Payload version `2024-01` (no envelope, height in cm) was pinnable for 90 days after `2025-11` shipped, and that window has ended. The 11 subscriptions still pinned to it are moved to `2025-11` by this migration; their owners were emailed at 30 and 7 days.

Integrators still parsing the old shape must switch to the `2025-11` envelope (`data.height_mm`). Upgrade guide: developers.halcyonworks.com/webhooks/versions.
""")

pr("android", "removed", "settings", False,
   "Remove tilt setting",
   "Remove the unused desk tilt setting from the app",
   """
The "Tilt" slider in Desk settings was added for a prototype desk with a tilting top that never shipped. On every real Atlas desk it does nothing, and a few people asked support why it doesn't work. Removed. No desk behaviour changes, the firmware always ignored the command.
""")

pr("fleet-api", "removed", "integrations", False,
   "Remove HipChat integration",
   "Remove the HipChat integration",
   """
HipChat was shut down by Atlassian in 2019, so the integration has done nothing for years. It still showed up in Settings → Integrations with a "Connect" button that errored. Removing the card, the client and the 14 stale config rows.
""")

pr("fleet-api", "removed", "reports", True,
   "Delete /v1/reports/legacy-utilization",
   "Remove the legacy utilisation report endpoint",
   """
Removes the endpoint that returned the booking-based utilisation metric (from before "utilisation" meant desks actually used). Deprecated 6 months ago; the Sunset date was yesterday.

Replacement: `GET /v1/reports/utilization?metric=booking_rate` returns the same numbers. Clients still calling the old path get `410 Gone` with that hint in the body. Four tokens still called it last week; CS reached out to all of them.
""")

pr("gateway", "removed", "gateways", True,
   "Drop MQTT 3.1 support",
   "Remove MQTT 3.1 support from the gateway's building management bridge",
   """
The gateway's MQTT bridge (for customers feeding desk events into their building management system) supports MQTT 3.1.1 and 5 from gateway firmware 3.2 on. Plain 3.1 (not 3.1.1) needed a fork of the client library that we can't keep patching.

If your BMS broker only speaks 3.1, the bridge will fail to connect after the update and the gateway page in Fleet shows `unsupported protocol level 3`. Switch the bridge protocol to 5 or 3.1.1 in Devices → Gateways → BMS bridge; every broker we know of from the last decade supports 3.1.1.
""")


# ---------------------------------------------------------------------------
# DEPRECATED
# ---------------------------------------------------------------------------

pr("fleet-api", "deprecated", "fleet-api", False,
   "Mark API v1 deprecated",
   "Deprecate Fleet API v1 ahead of its shutdown on December 31, 2026",
   """
All `/v1/*` responses now carry:

```
Deprecation: true
Sunset: Thu, 31 Dec 2026 23:59:59 GMT
Link: <https://developers.halcyonworks.com/migrate-v2>; rel="deprecation"
```

Nothing else changes: v1 keeps working until the sunset date. Admins of orgs with v1 traffic see a banner in the console listing the tokens that still call v1. The migration guide is published alongside v2. Note for the release notes: v1 tokens can't be used with v2; new API clients are created in Settings → API.
""")

pr("fleet-api", "deprecated", "webhooks", False,
   "Deprecate height (cm) in desk.moved payloads",
   "Deprecate the centimetre height field in desk webhook payloads in favour of height_mm",
   """
`desk.moved` payloads carry `height` as a float in cm (`72.49999999`). They now also carry `height_mm` (integer), and `height` is documented as deprecated: it'll be dropped in the next payload version. Both fields are sent until then, so nobody's integration changes today.

The docs and the sample verifier in the developer portal use `height_mm` from now on.
""")

pr("fleet-api", "deprecated", "integrations", False,
   "Slack: deprecate /desk slash command",
   "Deprecate the Slack /desk command in favour of the Halcyon App Home tab",
   """
The App Home tab shows today's booking, check-in and cancel, which is everything `/desk` did and more. `/desk` still works but now answers with its usual reply plus a line pointing to App Home, and it's labelled deprecated in the app directory listing. We'll remove it once weekly usage drops below 1% of Slack users (currently 6%).
""")

pr("fleet-api", "deprecated", "admin", False,
   "Deprecate the Viewer role",
   "Deprecate the built-in Viewer role in favour of custom roles",
   """
"Viewer" can see bookings and analytics but do nothing else, and it confuses people (it's the role new SSO users used to land in). With custom roles, orgs can create exactly the read-only role they want.

- Viewer can no longer be assigned to *new* users; existing Viewers keep working unchanged
- the role picker shows it as deprecated with a "Convert to custom role" action that creates an equivalent custom role and moves its members
- removal date will be announced with at least 90 days' notice
""")

pr("fw", "deprecated", "ble", False,
   "ble: flag legacy protocol as deprecated",
   "Deprecate the legacy Bluetooth protocol and report its use",
   """
The legacy (Helix 3-era) protocol will be removed in a future firmware. This release:
- sets the `legacy_proto_deprecated` bit in the capabilities characteristic so current apps can show a notice
- counts legacy-protocol connections in the error log, so Fleet telemetry shows who still uses it
- updates the developer docs with the removal plan

No change in behaviour; legacy clients still work.
""")

pr("fleet-api", "deprecated", "fleet-api", False,
   "api_key query param: Deprecation header",
   "Deprecate passing API tokens in the query string",
   """
Requests authenticated with `?api_key=` now get `Deprecation: true` and a `Warning` header telling the client to use `Authorization: Bearer` instead. We also email token owners monthly while the usage continues. Removal will be announced with at least 90 days' notice.

Header-based auth has been supported since 2019, so clients only need to move the token.
""")

pr("android", "deprecated", "platform", False,
   "Android 9 end-of-support notice",
   "Deprecate Android 9 support and warn affected users before the next release",
   """
5.4.x is the last release line that supports Android 9. On Android 9 devices we now show a dismissible card once a week: "Future Halcyon app updates will require Android 10 or later. This version will keep working with your desk." Gated on `Build.VERSION.SDK_INT == 28`.

Release notes for 5.4.0 mention it as well.
""")

pr("gateway", "deprecated", "gateways", False,
   "Deprecate local status page",
   "Deprecate the gateway's local web status page in favour of the Fleet device list",
   """
The gateway serves a small status page on port 8080 (desk count, uplink state). The Fleet device list now shows the same information and more, and the local page is an extra HTTP surface on customer networks that we'd rather not keep.

This release shows a deprecation banner on the local page and logs a notice when it's accessed. It'll be disabled by default in gateway firmware 4.0 (with a setting to re-enable for one more release).
""")

pr("fleet-api", "deprecated", "exports", False,
   "Booking export: new column layout, old one deprecated",
   "Deprecate the original column layout of booking CSV exports",
   """
Adds `layout=2025` to booking exports (ISO timestamps, email as the person key, `checked_in_at` column) and makes it the default *in the console*. The API default stays `legacy` until removal, so scheduled jobs and scripts get exactly what they got before.

The legacy layout is now labelled deprecated in the export dialog and in the API docs; it'll be removed in 6 months. Customers with spreadsheet macros built on it asked for advance notice, hence this PR.
""")

pr("fleet-api", "deprecated", "reports", False,
   "Deprecate legacy utilisation endpoint",
   "Deprecate the legacy utilisation report endpoint",
   """
`GET /v1/reports/legacy-utilization` now returns `Deprecation` and `Sunset` (6 months out) headers and is marked deprecated in the OpenAPI spec. Use `/v1/reports/utilization?metric=booking_rate`, which returns identical numbers; added a parity test that compares both for 30 random orgs on staging.
""")

pr("fw", "deprecated", "ble", False,
   "Deprecate height in advertising data",
   "Deprecate the unauthenticated desk height broadcast in Bluetooth advertisements",
   """
Since Helix 3 the desk has included its current height in the manufacturer data of its BLE advertisements, so the app could show it before connecting. A couple of home-automation projects read it to track "is the owner standing". It's also readable by anyone nearby, which the privacy review flagged.

This release keeps broadcasting it but marks the field deprecated in the protocol docs and sets a flag bit in the advertisement. It will be removed in a future release; the current app already reads height after connecting.
""")

pr("fleet-api", "deprecated", "webhooks", False,
   "Deprecate per-desk webhook subscriptions",
   "Deprecate per-desk webhook subscriptions in favour of filtered organisation-wide subscriptions",
   """
Per-desk subscriptions (one subscription per desk id) don't scale: one customer has 2,400 of them. Org-level subscriptions now accept a `filter` (`desk_ids`, `site_ids`, `zone_ids`), which covers every use case we've seen.

Creating a per-desk subscription still works but returns a `Deprecation` header, and the console shows a "Convert to filtered subscription" button. No removal date yet.
""")

pr("fleet-api", "deprecated", "fleet-api", False,
   "Deprecate X-Halcyon-Org",
   "Deprecate the X-Halcyon-Org request header",
   """
API tokens are tied to one organisation, so `X-Halcyon-Org` is redundant: we only ever checked that it matched the token's org. We now document it as deprecated and return a `Deprecation` header when it's sent. Mismatches are still rejected, for safety. Clients can simply stop sending it.

<!-- Screenshots (if applicable) -->

- [x] OpenAPI updated
- [ ] SDKs updated
""", wrap=False)

pr("gateway", "deprecated", "gateways", False,
   "Warn on MQTT 3.1 bridge config",
   "Deprecate MQTT 3.1 for the gateway's building management bridge",
   """
The gateway logs a deprecation warning at startup when the BMS bridge is configured for MQTT 3.1, and the gateway page in Fleet shows it too. 3.1 will be dropped in a future release; 3.1.1 and 5 stay. Nothing else changes.
""")

pr("fleet-web", "deprecated", "ui", False,
   "Classic dashboard: end-of-life notice",
   "Deprecate the classic dashboard and show an end-of-life notice to its users",
   """
Users still on `/classic` get a banner: "The classic dashboard is being retired. Everything it does is available in the new dashboard; here's what moved." It links to a help article mapping old screens to new ones. We also log which classic pages are still visited, so we can check nothing is missing before removal.
""")

pr("fleet-api", "deprecated", "booking", False,
   "bookings: add ends_at, deprecate duration",
   "Deprecate the booking duration field in favour of ends_at",
   """
`duration` (minutes) can't represent bookings that cross a DST change correctly. Bookings now accept and return `ends_at`; `duration` is still accepted and returned, but marked deprecated. If both are sent, `ends_at` wins and a warning is included in the response `meta`.

Type of change:
- [ ] Bug fix
- [x] New feature
- [ ] Breaking change

(It's both a feature and a deprecation; the deprecation is the part integrators need to know about.)
""", wrap=False)


# ---------------------------------------------------------------------------
# Noise: PR templates, checklists, reviewer chatter, bot comments
# ---------------------------------------------------------------------------

FAMILY = {
    "halcyon/helix-firmware": "fw",
    "halcyon/halcyon-ios": "mobile",
    "halcyon/halcyon-android": "mobile",
    "halcyon/halcyon-web": "mobile",
    "halcyon/halcyon-cloud": "backend",
    "halcyon/fleet-api": "backend",
    "halcyon/fleet-web": "backend",
    "halcyon/fleet-billing": "backend",
    "halcyon/fleet-gateway": "backend",
    "halcyon/infra": "backend",
}

JIRA = {"fw": "HELIX", "mobile": "APP", "backend": "FLT"}

PEOPLE = [
    "anika-sorensen", "jun-park", "priyanka-iyer", "marcus-tell", "leah-brandt",
    "theo-marchetti", "maya-goldberg", "sofia-k", "mkaur", "rhiannon-w",
    "dvogel", "tbrzezinski", "okon-e", "lhansen", "yusuf-demir",
]
TEAMS = {"fw": "helix", "mobile": "app", "backend": "fleet-backend"}


def _box(rng):
    return "x" if rng.random() < 0.4 else " "


def tmpl_fw(body, rng, item):
    return (
        "**Controller(s) tested:** <!-- HC-2 / HC-3 / bench only -->\n\n"
        f"{body}\n\n"
        "### Checklist\n"
        f"- [{_box(rng)}] HIL suite passed\n"
        f"- [{_box(rng)}] Power-cycle test\n"
        "- [ ] Error code table updated (if new codes)\n"
        f"- [{_box(rng)}] `release-notes` label set"
    )


def tmpl_mobile(body, rng, item):
    return (
        f"## Ticket\nAPP-{rng.randint(1200, 3400)}\n\n"
        f"## Changes\n{body}\n\n"
        "## Screenshots\n<!-- Before / after, light + dark -->\n\n"
        "## QA notes\n<!-- How should QA test this? -->"
    )


def tmpl_backend(body, rng, item):
    return (
        f"### Description\n{body}\n\n"
        "### Type of change\n"
        "- [ ] Bug fix (non-breaking change which fixes an issue)\n"
        "- [ ] New feature (non-breaking change which adds functionality)\n"
        "- [ ] Breaking change (fix or feature that would cause existing functionality to not work as expected)\n\n"
        "### How has this been tested?\n"
        "<!-- Please describe the tests that you ran to verify your changes. -->"
    )


def tmpl_generic(body, rng, item):
    return (
        "<!-- Describe your change -->\n"
        f"{body}\n\n"
        "<!-- Link the issue this PR resolves -->\n"
        "Fixes #\n\n"
        f"- [{_box(rng)}] Tests added\n"
        "- [ ] Docs updated"
    )


def tmpl_what_why(body, rng, item):
    return (
        f"## What\n{body}\n\n"
        "## Why\n<!-- Context, ticket, customer report... -->\n\n"
        "## Checklist\n"
        "- [x] I have read CONTRIBUTING.md\n"
        f"- [{_box(rng)}] Changelog label added"
    )


TEMPLATES = {
    "fw": [tmpl_fw, tmpl_generic],
    "mobile": [tmpl_mobile, tmpl_generic, tmpl_what_why],
    "backend": [tmpl_backend, tmpl_generic, tmpl_what_why],
}


def chatter_lines(rng, item, family):
    who = rng.choice(PEOPLE)
    n = rng.randint(1000, 9999)
    lines = [
        f"cc @{who}",
        f"@{who} could you take a look? Would be good to get this into the next release.",
        "Rebased on main, lockfile conflicts resolved.",
        "> nit: can we add a comment explaining the magic number?\n\nDone in the latest commit.",
        f"Depends on #{n}",
        f"Jira: {JIRA[family]}-{rng.randint(100, 4999)}",
        "_Edit: updated the description after review._",
        "---\n**Reviewer notes:** start with the tests, the rest follows from them.",
        f"![image](https://github.com/user-attachments/assets/{rng.getrandbits(64):016x})",
        "🤖 **SonarCloud:** Quality Gate passed. 0 Bugs, 0 Vulnerabilities, 0 Security Hotspots, 0 Code Smells",
        f"**Codecov Report:** patch coverage is {rng.randint(60, 100)}.{rng.randint(0, 99):02d}%. Project coverage {rng.randint(70, 89)}.{rng.randint(0, 9)}% (+0.{rng.randint(0, 3)}%).",
        f"Approved by @{who} ✅",
        "CI was red because of a flaky test on the runner, re-ran and it's green now.",
        "Will squash on merge.",
        f"/cc @halcyon/{TEAMS[family]}",
        "Thanks for the quick reviews everyone 🙏",
    ]
    if family == "mobile":
        lines += [
            "Tested on: iPhone 15 Pro (iOS 18.1), iPhone SE 2nd gen (iOS 16.7)",
            "Tested on: Pixel 8 (Android 15), Galaxy A54 (Android 14)",
            f"Preview: https://pr-{n}.preview.app.halcyonworks.dev",
        ]
    elif family == "backend":
        lines += [
            "<!-- Reviewer: please check the migration on staging first -->",
            f"Preview: https://pr-{n}.preview.fleet.halcyonworks.dev",
            "Deployed to staging, smoke tests green.",
        ]
    else:
        lines += [
            "HIL run: https://github.com/halcyon/helix-firmware/actions (self-hosted, hil-rig-2)",
            "Binary size diff posted by the size bot: see checks tab.",
        ]
    return lines


def add_noise(item, rng):
    body = item["body"]
    if not item["wrap"]:
        return body
    family = FAMILY[item["repo"]]
    desc = body
    already_templated = "<!--" in body or "- [ ]" in body or "- [x]" in body
    if not already_templated and rng.random() < 0.3:
        desc = rng.choice(TEMPLATES[family])(desc, rng, item)
    if rng.random() < 0.38:
        pool = chatter_lines(rng, item, family)
        k = 2 if rng.random() < 0.25 else 1
        desc = desc + "\n\n" + "\n\n".join(rng.sample(pool, k))
    if len(desc.split()) > 400:  # keep within the 400-word budget
        return body
    return desc


# ---------------------------------------------------------------------------
# Split and write
# ---------------------------------------------------------------------------

HELDOUT_PER_TYPE = {
    "fixed": 18, "added": 13, "changed": 9, "none": 9,
    "security": 4, "removed": 3, "deprecated": 4,
}


def build():
    rng = random.Random(SEED)
    numbers = rng.sample(range(100, 10000), len(ITEMS))
    records = []
    for item, number in zip(ITEMS, numbers):
        records.append(
            {
                "pr": number,
                "repo": item["repo"],
                "title": item["title"],
                "description": add_noise(item, rng),
                "entry": {
                    "type": item["type"],
                    "scope": item["scope"],
                    "summary": item["summary"],
                    "breaking": item["breaking"],
                    "pr": number,
                },
            }
        )

    train, heldout = [], []
    by_type: dict[str, list] = {}
    for rec in records:
        by_type.setdefault(rec["entry"]["type"], []).append(rec)
    for type_, recs in sorted(by_type.items()):
        want = HELDOUT_PER_TYPE[type_]
        brk = [r for r in recs if r["entry"]["breaking"]]
        rest = [r for r in recs if not r["entry"]["breaking"]]
        rng.shuffle(brk)
        rng.shuffle(rest)
        n_brk = round(want * len(brk) / len(recs))
        chosen = brk[:n_brk] + rest[: want - n_brk]
        heldout += chosen
        train += brk[n_brk:] + rest[want - n_brk:]
    rng.shuffle(train)
    rng.shuffle(heldout)
    return train, heldout


def write(path, records):
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    train, heldout = build()
    write(OUT_DIR / "train.jsonl", train)
    write(OUT_DIR / "heldout.jsonl", heldout)
    for name, recs in (("train", train), ("heldout", heldout)):
        types = Counter(r["entry"]["type"] for r in recs)
        brk = sum(r["entry"]["breaking"] for r in recs)
        print(f"{name}: {len(recs)} records, breaking={brk}, types={dict(sorted(types.items()))}")


if __name__ == "__main__":
    main()
