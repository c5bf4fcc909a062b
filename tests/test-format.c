/* test-format.c: numbers, figures and dates as teachers read them, under the
 * locale the test runs in (tests/meson.build runs it under C.UTF-8,
 * en_US.UTF-8, fr_BE.UTF-8 and nl_BE.UTF-8)
 *
 * The language comes from the locale, as on a teacher's desktop; the
 * separators from the translation, never from LC_NUMERIC: fr_BE's
 * decimal comma once garbled 16.3% into "1 6,3 %".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "atlas-figure.h"
#include "atlas-format.h"
#include "atlas-note.h"
#include "atlas-test-i18n.h"

typedef struct {
  const char *language;
  const char *percent;       /* 16.291% */
  const char *thousands;     /* 1,931,829 */
  const char *millions;      /* 12,200,000 */
  const char *negative;      /* -1234.5 */
  const char *per_100;       /* 103.196 per 100 */
  const char *zero;          /* -0.01 to one decimal */
  const char *first_day;     /* 2022-06-01 */
  const char *day;           /* 2012-08-20 */
  const char *month;         /* 2012-08 */
  const char *changed;       /* an update of 2022 */
  const char *corrected;     /* a correction */
} Expected;

/* U+00A0 no-break space, U+202F narrow no-break space, U+2212 minus */
static const Expected expected[] = {
  { "en", "16.3%", "1,931,829", "12,200,000", "−1,234.5", "103.2 per 100 people", "0.0",
    "1 June 2022", "20 August 2012", "August 2012", "Changed in 2022", "Corrected" },
  { "fr", "16,3\u00a0%", "1\u202f931\u202f829", "12\u202f200\u202f000", "−1\u202f234,5", "103,2 pour 100 habitants", "0,0",
    "1er\u00a0juin 2022", "20\u00a0août 2012", "août 2012", "Modifié en 2022", "Corrigé" },
  { "nl", "16,3%", "1.931.829", "12.200.000", "−1.234,5", "103,2 per 100 inwoners", "0,0",
    "1 juni 2022", "20 augustus 2012", "augustus 2012", "Gewijzigd in 2022", "Gecorrigeerd" },
};

/* What the locale of the environment should show: a locale that is not
 * installed fails the test rather than falling back to C unnoticed */
static const Expected *
expected_for_locale (void)
{
  const char *requested = g_getenv ("LC_ALL");
  const char *locale = setlocale (LC_MESSAGES, NULL);

  if (requested == NULL || *requested == '\0')
    requested = g_getenv ("LANG");
  g_assert_nonnull (requested);
  g_test_message ("locale %s (LANG=%s)", locale, requested);
  g_assert_cmpstr (locale, ==, requested);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (g_str_has_prefix (locale, expected[i].language))
      return &expected[i];

  return &expected[0];  /* C.UTF-8: the English of the source */
}

static char *
figure (double          value,
        AtlasFigureUnit unit)
{
  AtlasFigure f = { .has_value = TRUE, .value = value, .unit = unit };

  return atlas_format_figure_value (&f);
}

static void
test_numbers (void)
{
  const Expected *e = expected_for_locale ();
  g_autofree char *percent = figure (16.291, ATLAS_FIGURE_UNIT_PERCENT);
  g_autofree char *high_percent = figure (94.6263, ATLAS_FIGURE_UNIT_PERCENT);
  g_autofree char *count = figure (1931829, ATLAS_FIGURE_UNIT_COUNT);
  g_autofree char *per_100 = figure (103.196, ATLAS_FIGURE_UNIT_PER_100);
  g_autofree char *millions = atlas_format_number (12200000, 0);
  g_autofree char *negative = atlas_format_number (-1234.5, 1);
  g_autofree char *zero = atlas_format_number (-0.01, 1);
  g_autofree char *small = atlas_format_number (999, 0);
  g_autofree char *expected_high = g_strdup (e->percent);

  g_assert_cmpstr (percent, ==, e->percent);
  g_assert_cmpstr (count, ==, e->thousands);
  g_assert_cmpstr (per_100, ==, e->per_100);
  g_assert_cmpstr (millions, ==, e->millions);
  g_assert_cmpstr (negative, ==, e->negative);
  g_assert_cmpstr (zero, ==, e->zero);
  g_assert_cmpstr (small, ==, "999");

  /* 94.6%: the same shape as 16.3% */
  expected_high[0] = '9';
  expected_high[1] = '4';
  expected_high[3] = '6';
  g_assert_cmpstr (high_percent, ==, expected_high);
}

/* Every decimal count from 0 to 6 keeps the value's digits: no locale
 * separator ever reaches the grouping */
static void
test_decimals (void)
{
  const Expected *e = expected_for_locale ();
  const char *point = g_str_equal (e->language, "en") ? "." : ",";

  for (guint decimals = 0; decimals <= 6; decimals++)
    {
      g_autofree char *text = atlas_format_number (7.0, decimals);
      g_autoptr(GString) want = g_string_new ("7");

      if (decimals > 0)
        {
          g_string_append (want, point);
          for (guint i = 0; i < decimals; i++)
            g_string_append_c (want, '0');
        }
      g_assert_cmpstr (text, ==, want->str);
    }
}

/* A note's date as precise as the profile gives it, and its tag */
static void
test_notes (void)
{
  const Expected *e = expected_for_locale ();
  g_autoptr(AtlasSource) source = atlas_source_new ("Official Journal", NULL, NULL);
  g_autoptr(AtlasNote) update = atlas_note_new (ATLAS_NOTE_KIND_UPDATE, 2022, 6, 1, "Replaced.", source);
  g_autoptr(AtlasNote) dated = atlas_note_new (ATLAS_NOTE_KIND_CORRECTION, 2012, 8, 20, "Ratified.", source);
  g_autoptr(AtlasNote) by_year = atlas_note_new (ATLAS_NOTE_KIND_UPDATE, 2024, 0, 0, "Adopted.", source);
  g_autoptr(AtlasNote) undated = atlas_note_new (ATLAS_NOTE_KIND_CORRECTION, 0, 0, 0, "Wrong code.", source);
  g_autofree char *first_day = atlas_note_format_date (update);
  g_autofree char *day = atlas_note_format_date (dated);
  g_autofree char *year = atlas_note_format_date (by_year);
  g_autofree char *month = atlas_format_date (2012, 8, 0);
  g_autofree char *changed = atlas_note_format_tag (update);
  g_autofree char *corrected = atlas_note_format_tag (dated);
  g_autofree char *undated_tag = atlas_note_format_tag (undated);

  g_assert_cmpstr (first_day, ==, e->first_day);
  g_assert_cmpstr (day, ==, e->day);
  g_assert_cmpstr (month, ==, e->month);
  g_assert_cmpstr (year, ==, "2024");
  g_assert_null (atlas_note_format_date (undated));
  g_assert_cmpstr (changed, ==, e->changed);
  g_assert_cmpstr (corrected, ==, e->corrected);
  g_assert_cmpstr (undated_tag, ==, e->corrected);

  /* A date is taken as its first day; no date comes first */
  g_assert_cmpint (atlas_note_compare_dates (by_year, update), >, 0);
  g_assert_cmpint (atlas_note_compare_dates (update, by_year), <, 0);
  g_assert_cmpint (atlas_note_compare_dates (dated, update), <, 0);
  g_assert_cmpint (atlas_note_compare_dates (undated, dated), <, 0);
  g_assert_cmpint (atlas_note_compare_dates (update, update), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  atlas_test_bind_catalogue ();

  g_test_add_func ("/Atlas/Format/numbers", test_numbers);
  g_test_add_func ("/Atlas/Format/decimals", test_decimals);
  g_test_add_func ("/Atlas/Format/notes", test_notes);

  return g_test_run ();
}
