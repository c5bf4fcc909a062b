/* atlas-format.h: numbers, figures, years, dates and authors as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-figure.h"

G_BEGIN_DECLS

char *atlas_format_number        (double              value,
                                  guint               decimals);
char *atlas_format_figure_value  (const AtlasFigure  *figure);
char *atlas_format_year_range    (int                 year,
                                  int                 end_year);
char *atlas_format_month_year    (int                 year,
                                  int                 month);
char *atlas_format_date          (int                 year,
                                  int                 month,
                                  int                 day);
char *atlas_format_authors       (const char * const *authors,
                                  const char         *contributors);

G_END_DECLS
