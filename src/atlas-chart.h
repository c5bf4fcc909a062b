/* atlas-chart.h: a line chart of a statistic's time series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-figure.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CHART (atlas_chart_get_type ())

G_DECLARE_FINAL_TYPE (AtlasChart, atlas_chart, ATLAS, CHART, GtkWidget)

GtkWidget   *atlas_chart_new        (AtlasSeries *series);
AtlasSeries *atlas_chart_get_series (AtlasChart  *self);
void         atlas_chart_set_series (AtlasChart  *self,
                                     AtlasSeries *series);
double       atlas_chart_get_text_size (AtlasChart *self);
void         atlas_chart_set_text_size (AtlasChart *self,
                                        double      text_size);
char        *atlas_chart_describe   (AtlasSeries *series);

void         atlas_chart_draw       (cairo_t                    *cr,
                                     PangoContext               *context,
                                     const PangoFontDescription *font,
                                     AtlasSeries                *series,
                                     double                      width,
                                     double                      height,
                                     double                      text_size,
                                     const GdkRGBA              *foreground,
                                     const GdkRGBA              *accent);

G_END_DECLS
