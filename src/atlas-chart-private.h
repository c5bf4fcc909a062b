/* atlas-chart-private.h: where a chart's labels go, for the drawing and
 * the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "atlas-figure.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_CHART_LABEL_SCALE,  /* a value of the scale, left of the plot */
  ATLAS_CHART_LABEL_YEAR,   /* a year, below the plot */
  ATLAS_CHART_LABEL_VALUE,  /* the first or last value, beside its point */
} AtlasChartLabelKind;

typedef struct {
  AtlasChartLabelKind  kind;
  char                *text;
  double               x, y, width, height;  /* in the chart, y down */
} AtlasChartLabel;

typedef struct {
  /* the plot: the area the line is drawn in */
  double  plot_x, plot_y, plot_width, plot_height;
  /* the scale, with a grid line every @step from @low to @high */
  double  low, high, step;
  int     first_year, last_year;
  /* sizes that follow the text size */
  double  gap, line_width, point_radius;
  GArray *labels;  /* of AtlasChartLabel, none overlapping another */
} AtlasChartLayout;

AtlasChartLayout *atlas_chart_layout_new  (PangoLayout       *layout,
                                           const AtlasSeries *series,
                                           double             width,
                                           double             height,
                                           double             text_size);
void              atlas_chart_layout_free (AtlasChartLayout  *self);
double            atlas_chart_layout_x    (const AtlasChartLayout *self,
                                           int                     year);
double            atlas_chart_layout_y    (const AtlasChartLayout *self,
                                           double                  value);

PangoLayout      *atlas_chart_create_pango_layout (PangoContext               *context,
                                                   const PangoFontDescription *font,
                                                   double                      text_size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasChartLayout, atlas_chart_layout_free)

G_END_DECLS
