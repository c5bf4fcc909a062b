/* atlas-limits.h: every bound the app puts on what it reads, in one table
 *
 * A profile is input from anywhere (a colleague's file, a download, a
 * D-Bus call), so everything the loader accepts is bounded: a valid file
 * can neither hang the app nor exhaust the machine's memory. The loader
 * enforces these, names the JSON path and the limit in every refusal, and
 * docs/profile-format.md and docs/profile.schema.json state the same
 * figures (tests/check-limits.py checks that they agree).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Bytes of a profile file, read through a stream that stops one byte
 * past this. The generated 100,000-publication profile is 34 MiB. */
#define ATLAS_LIMIT_FILE_BYTES (64 * 1024 * 1024)

/* Levels of nested arrays and objects. The format needs 6; this refuses
 * hostile files before the recursive parser sees them. */
#define ATLAS_LIMIT_DEPTH 64

/* Bytes of one text field. The longest text of the Belgium profile is
 * 698 bytes; a 10 MB title froze a page for minutes. */
#define ATLAS_LIMIT_TEXT_BYTES (16 * 1024)

/* Bytes of a web address. Browsers and servers commonly stop at 2,000 to
 * 8,000; a 2 MB address is not one to open. */
#define ATLAS_LIMIT_URL_BYTES 2048

/* Combining marks in a row on one character. Real scripts need a few
 * (Vietnamese, Hebrew points: at most 4); a letter with 100,000 of them
 * froze the Research page for 45 s. */
#define ATLAS_LIMIT_COMBINING_RUN 16

/* Problems kept for `--validate` and the problems dialog; beyond this,
 * counted ("and N more problems"). */
#define ATLAS_LIMIT_PROBLEMS 200

/* The largest value of a figure or a point, either way: doubles hold
 * every integer up to 2^53 (about 9e15), and the charts' scales stay
 * exact. Values near 1e16 hung the chart before its ticks were counted. */
#define ATLAS_LIMIT_VALUE 1e15

/* The years a profile may name */
#define ATLAS_LIMIT_YEAR_MIN 1900
#define ATLAS_LIMIT_YEAR_MAX 2100
