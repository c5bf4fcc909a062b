/* atlas-format.c: numbers, figures, years, dates and authors as text
 *
 * Separators come from the translations, not from the C locale: the app
 * shows English, French or Dutch whatever locales the machine has
 * installed (a fresh machine has only C.UTF-8), and can switch language
 * while it runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "atlas-format.h"

/**
 * atlas_format_number:
 * @value: a finite number
 * @decimals: digits after the decimal separator
 *
 * Formats @value with the separators of the current translation:
 * 1,931,829.5 in English, 1 931 829,5 in French, 1.931.829,5 in Dutch.
 *
 * Returns: (transfer full): the text
 */
char *
atlas_format_number (double value,
                     guint  decimals)
{
  /* TRANSLATORS: the separator of thousands in numbers, as in 1,931,829.
   * French uses a narrow no-break space (U+202F), Dutch a full stop. */
  const char *thousands = C_("number", ",");
  /* TRANSLATORS: the decimal separator, as in 16.3 */
  const char *decimal = C_("number", ".");
  char format[8];
  char digits[DBL_MAX_10_EXP + 16];  /* the longest "%.6f" of a double */
  GString *out;
  const char *point;
  const char *p;
  gsize n_int;

  g_return_val_if_fail (isfinite (value), g_strdup ("?"));

  /* The digits with '.' as the point whatever LC_NUMERIC says: under
   * fr_BE.UTF-8, "%.1f" writes "16,3", and the grouping below would
   * then take the comma for a digit ("1 6,3") */
  decimals = MIN (decimals, 6);
  g_snprintf (format, sizeof format, "%%.%uf", decimals);
  g_ascii_formatd (digits, sizeof digits, format, fabs (value));
  if (g_ascii_strtod (digits, NULL) == 0.0)
    value = 0.0;  /* no "-0" */

  point = strchr (digits, '.');
  n_int = point != NULL ? (gsize) (point - digits) : strlen (digits);

  out = g_string_new (value < 0 ? "−" : NULL);
  for (p = digits; (gsize) (p - digits) < n_int; p++)
    {
      gsize left = n_int - (gsize) (p - digits);

      if (p != digits && left % 3 == 0)
        g_string_append (out, thousands);
      g_string_append_c (out, *p);
    }

  if (point != NULL)
    {
      g_string_append (out, decimal);
      g_string_append (out, point + 1);
    }

  return g_string_free (out, FALSE);
}

/**
 * atlas_format_figure_value:
 *
 * Formats the value of @figure for its unit: a count in full
 * ("1,931,829"), a percentage with one decimal ("94.6%"), a rate per 100
 * people with one decimal ("103.2 per 100 people"); a figure the source
 * does not give as "No figure in the source", never as 0.
 *
 * Returns: (transfer full): the text
 */
char *
atlas_format_figure_value (const AtlasFigure *figure)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  if (!figure->has_value)
    return g_strdup (_("No figure in the source"));

  switch (figure->unit)
    {
    case ATLAS_FIGURE_UNIT_PERCENT:
      number = atlas_format_number (figure->value, 1);
      /* TRANSLATORS: a percentage; French writes a no-break space before % */
      return g_strdup_printf (_("%s%%"), number);

    case ATLAS_FIGURE_UNIT_PER_100:
      number = atlas_format_number (figure->value, 1);
      /* TRANSLATORS: a rate, as in "103.2 per 100 people" */
      return g_strdup_printf (_("%s per 100 people"), number);

    case ATLAS_FIGURE_UNIT_COUNT:
    default:
      return atlas_format_number (figure->value, 0);
    }
}

/**
 * atlas_format_year_range:
 * @end_year: the last year, or 0
 *
 * Returns: (transfer full): "2010", or "2007–2009"
 */
char *
atlas_format_year_range (int year,
                         int end_year)
{
  if (end_year == 0 || end_year == year)
    return g_strdup_printf ("%d", year);

  return g_strdup_printf ("%d–%d", year, end_year);
}

/**
 * atlas_format_month_year:
 * @month: 1-12, or 0 for the year alone
 *
 * Returns: (transfer full): "September 2012", in the current translation
 */
char *
atlas_format_month_year (int year,
                         int month)
{
  static const char * const months[] = {
    /* TRANSLATORS: a month with a year, as in "September 2012" */
    NC_("month and year", "January %d"),
    NC_("month and year", "February %d"),
    NC_("month and year", "March %d"),
    NC_("month and year", "April %d"),
    NC_("month and year", "May %d"),
    NC_("month and year", "June %d"),
    NC_("month and year", "July %d"),
    NC_("month and year", "August %d"),
    NC_("month and year", "September %d"),
    NC_("month and year", "October %d"),
    NC_("month and year", "November %d"),
    NC_("month and year", "December %d"),
  };

  if (month < 1 || month > 12)
    return g_strdup_printf ("%d", year);

  /* The formats are literals above; msgfmt --check verifies that each
   * translation keeps its single %d. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "month and year", months[month - 1]), year);
#pragma GCC diagnostic pop
}

/**
 * atlas_format_date:
 * @month: 1-12, or 0 for a year alone
 * @day: 1-31, or 0 for a month or a year alone
 *
 * A date as precise as it is known, as atlas_format_month_year() writes
 * a month.
 *
 * Returns: (transfer full): "1 June 2022", "August 2012" or "2024", in
 *   the current translation
 */
char *
atlas_format_date (int year,
                   int month,
                   int day)
{
  static const char * const months[] = {
    /* TRANSLATORS: a date: the day of the month (%s), the month, the
     * year (%d), as in "20 January 2012". Keep %s before %d, or write
     * %1$s and %2$d. */
    NC_("day, month and year", "%s January %d"),
    NC_("day, month and year", "%s February %d"),
    NC_("day, month and year", "%s March %d"),
    NC_("day, month and year", "%s April %d"),
    NC_("day, month and year", "%s May %d"),
    NC_("day, month and year", "%s June %d"),
    NC_("day, month and year", "%s July %d"),
    NC_("day, month and year", "%s August %d"),
    NC_("day, month and year", "%s September %d"),
    NC_("day, month and year", "%s October %d"),
    NC_("day, month and year", "%s November %d"),
    NC_("day, month and year", "%s December %d"),
  };
  g_autofree char *day_text = NULL;

  if (month < 1 || month > 12 || day < 1 || day > 31)
    return atlas_format_month_year (year, month);

  /* TRANSLATORS: the first day of a month in a date, as in "1 June
   * 2022"; French writes "1er" */
  day_text = day == 1 ? g_strdup (C_("day of the month", "1")) : g_strdup_printf ("%d", day);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "day, month and year", months[month - 1]),
                          day_text, year);
#pragma GCC diagnostic pop
}

/**
 * atlas_format_authors:
 * @authors: (nullable): the authors
 * @contributors: (nullable): a collective credit
 *
 * Returns: (transfer full) (nullable): "S. Livingstone, L. Haddon; with
 *   members of the EU Kids Online network", or %NULL when there is nobody
 *   to name
 */
char *
atlas_format_authors (const char * const *authors,
                      const char         *contributors)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "; ");
      g_string_append (out, authors[i]);
    }

  if (contributors != NULL)
    {
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, contributors);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}
