/* atlas-chart-draw.c: a statistic's time series drawn with cairo, on a
 * widget, a slide or a PDF page
 *
 * The labels are laid out first (atlas_chart_layout_new) so that none
 * overlaps another or leaves the chart: the scale's values and the years
 * thin out as the chart narrows or the text grows, the first and last
 * values go above or below their points, wherever the line leaves room.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "atlas-chart.h"
#include "atlas-chart-private.h"
#include "atlas-format.h"

/* Below this, no line is worth drawing */
#define MIN_PLOT 20.0

static char *
format_scale_value (const AtlasSeries *series,
                    double             value,
                    guint              decimals)
{
  if (series->unit == ATLAS_FIGURE_UNIT_PERCENT)
    {
      g_autofree char *number = atlas_format_number (value, decimals);
      /* TRANSLATORS: a percentage; French writes a no-break space before % */
      return g_strdup_printf (_("%s%%"), number);
    }

  return atlas_format_number (value, decimals);
}

static char *
format_point_value (const AtlasSeries *series,
                    double             value)
{
  AtlasFigure figure = { .has_value = TRUE, .value = value, .unit = series->unit };

  if (series->unit == ATLAS_FIGURE_UNIT_PER_100)
    return atlas_format_number (value, 1);

  return atlas_format_figure_value (&figure);
}

/* Round steps (1, 2 or 5 times a power of ten) for about @n ticks */
static double
nice_step (double range,
           int    n)
{
  double raw = range / MAX (n, 1);
  double magnitude = pow (10, floor (log10 (raw)));
  double fraction = raw / magnitude;

  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

static void
get_range (const AtlasSeries *series,
           double            *low,
           double            *high,
           double            *step)
{
  double min = G_MAXDOUBLE, max = -G_MAXDOUBLE;

  for (guint i = 0; i < series->points->len; i++)
    {
      double v = g_array_index (series->points, AtlasPoint, i).value;

      min = MIN (min, v);
      max = MAX (max, v);
    }

  /* A share that spans much of 0-100 is drawn on the whole scale */
  if (series->unit == ATLAS_FIGURE_UNIT_PERCENT && max - min > 50)
    {
      *low = 0;
      *high = 100;
      *step = 25;
      return;
    }

  /* Otherwise the scale follows the data, so that changes show; a range
   * too narrow for a double's precision at that size (1e16 and 1e16 + 2)
   * is drawn as a flat line */
  if (max - min < MAX (1e-9, fabs (max) * 1e-9))
    {
      double pad = MAX (fabs (max) * 0.05, 1);

      min -= pad;
      max += pad;
    }

  *step = nice_step (max - min, 4);
  *low = floor (min / *step) * *step;
  *high = ceil (max / *step) * *step;
  if (*high - *low < *step * 2)
    *high = *low + *step * 2;
}

/* How many steps the scale has, counted, never by adding steps to a
 * value: at 1e16 adding 0.5 changes nothing, and the loop never ended */
static guint
n_steps (const AtlasChartLayout *self)
{
  double n = round ((self->high - self->low) / self->step);

  return isfinite (n) ? (guint) CLAMP (n, 1, 100) : 1;
}

static guint
decimals_for_step (double step)
{
  return step >= 1 ? 0 : (guint) MIN (3, ceil (-log10 (step)));
}

static void
text_size_of (PangoLayout *layout,
              const char  *text,
              double      *width,
              double      *height)
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  *width = w;
  *height = h;
}

static void
clear_label (gpointer data)
{
  AtlasChartLabel *label = data;

  g_clear_pointer (&label->text, g_free);
}

void
atlas_chart_layout_free (AtlasChartLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->labels, g_array_unref);
  g_free (self);
}

double
atlas_chart_layout_x (const AtlasChartLayout *self,
                      int                     year)
{
  if (self->last_year == self->first_year)
    return self->plot_x + self->plot_width / 2;

  return self->plot_x + (year - self->first_year) * self->plot_width / (double) (self->last_year - self->first_year);
}

double
atlas_chart_layout_y (const AtlasChartLayout *self,
                      double                  value)
{
  return self->plot_y + self->plot_height - (value - self->low) * self->plot_height / (self->high - self->low);
}

static gboolean
labels_overlap (const AtlasChartLabel *a,
                const AtlasChartLabel *b)
{
  /* touching is not overlapping, whatever the rounding of the sums */
  const double e = 0.01;

  return a->x + e < b->x + b->width && b->x + e < a->x + a->width &&
         a->y + e < b->y + b->height && b->y + e < a->y + a->height;
}

/* Whether @label overlaps one in @labels from @from on */
static gboolean
overlaps_any (const AtlasChartLabel *label,
              GArray                *labels,
              guint                  from)
{
  for (guint i = from; i < labels->len; i++)
    if (labels_overlap (label, &g_array_index (labels, AtlasChartLabel, i)))
      return TRUE;

  return FALSE;
}

/* Whether the segment from (x0, y0) to (x1, y1) crosses @label
 * (Liang-Barsky clipping) */
static gboolean
segment_crosses (const AtlasChartLabel *label,
                 double x0, double y0,
                 double x1, double y1)
{
  double dx = x1 - x0, dy = y1 - y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { x0 - label->x, label->x + label->width - x0,
                  y0 - label->y, label->y + label->height - y0 };
  double t0 = 0, t1 = 1;

  for (guint i = 0; i < 4; i++)
    {
      if (fabs (p[i]) < 1e-12)
        {
          if (q[i] < 0)
            return FALSE;
        }
      else
        {
          double t = q[i] / p[i];

          if (p[i] < 0)
            t0 = MAX (t0, t);
          else
            t1 = MIN (t1, t);
          if (t0 > t1)
            return FALSE;
        }
    }

  return TRUE;
}

/* Whether @label covers the line or one of its points */
static gboolean
covers_line (const AtlasChartLayout *self,
             const AtlasSeries      *series,
             const AtlasChartLabel  *label)
{
  double r = self->point_radius + self->line_width / 2;
  AtlasChartLabel grown = *label;

  /* the line's width and its points' size around the label */
  grown.x -= r;
  grown.y -= r;
  grown.width += 2 * r;
  grown.height += 2 * r;

  for (guint i = 0; i < series->points->len; i++)
    {
      const AtlasPoint *p = &g_array_index (series->points, AtlasPoint, i);
      double x = atlas_chart_layout_x (self, p->year);
      double y = atlas_chart_layout_y (self, p->value);

      if (i == 0)
        {
          if (segment_crosses (&grown, x, y, x, y))
            return TRUE;
        }
      else
        {
          const AtlasPoint *q = &g_array_index (series->points, AtlasPoint, i - 1);

          if (segment_crosses (&grown, atlas_chart_layout_x (self, q->year),
                               atlas_chart_layout_y (self, q->value), x, y))
            return TRUE;
        }
    }

  return FALSE;
}

/* The scale's values left of the plot: every one, or every 2nd, 3rd…
 * from the lowest, as many as fit one above another with a gap */
static void
place_scale_labels (AtlasChartLayout  *self,
                    PangoLayout       *layout,
                    const AtlasSeries *series)
{
  guint decimals = decimals_for_step (self->step);
  guint n = n_steps (self) + 1;
  guint start = self->labels->len;

  for (guint every = 1; every <= n; every++)
    {
      gboolean fits = TRUE;

      g_array_set_size (self->labels, start);
      for (guint i = 0; i < n && fits; i += every)
        {
          double v = self->low + i * self->step;
          AtlasChartLabel label = { ATLAS_CHART_LABEL_SCALE, NULL };
          AtlasChartLabel spaced;

          label.text = format_scale_value (series, v, decimals);
          text_size_of (layout, label.text, &label.width, &label.height);
          label.x = self->plot_x - self->gap - label.width;
          label.y = atlas_chart_layout_y (self, v) - label.height / 2;
          spaced = label;
          spaced.y -= self->gap / 4;
          spaced.height += self->gap / 2;
          fits = !overlaps_any (&spaced, self->labels, start);
          g_array_append_val (self->labels, label);
        }

      if (fits)
        return;
    }
}

/* The years below the plot: every one, or every 2nd, 5th, 10th… */
static void
place_year_labels (AtlasChartLayout *self,
                   PangoLayout      *layout,
                   double            width,
                   double            top)
{
  int span = self->last_year - self->first_year;

  for (int step = 1; ; step = step == 1 ? 2 : step == 2 ? 5 : step * 2)
    {
      guint start = self->labels->len;
      gboolean fits = TRUE;

      for (int year = self->first_year; year <= self->last_year && fits; year += step)
        {
          AtlasChartLabel label = { ATLAS_CHART_LABEL_YEAR, NULL };
          AtlasChartLabel spaced;

          label.text = g_strdup_printf ("%d", year);
          text_size_of (layout, label.text, &label.width, &label.height);
          /* under its point, the first one not under the scale */
          label.x = atlas_chart_layout_x (self, year) - label.width / 2;
          label.x = MAX (label.x, MAX (0, self->plot_x - self->gap / 2));
          label.x = MIN (label.x, width - label.width);
          label.y = top;
          spaced = label;
          spaced.x -= self->gap / 2;
          spaced.width += self->gap;
          fits = label.x >= 0 && !overlaps_any (&spaced, self->labels, 0);
          g_array_append_val (self->labels, label);
        }

      /* One label alone is as far as thinning goes */
      if (fits || step > span)
        return;

      g_array_set_size (self->labels, start);
      if (step > span)
        return;  /* not even the first year fits */
    }
}

/* The first and last values, beside their points where the line leaves
 * room; left out where it leaves none */
static void
place_value_labels (AtlasChartLayout  *self,
                    PangoLayout       *layout,
                    const AtlasSeries *series,
                    double             width)
{
  guint n = series->points->len;

  for (guint i = 0; i < n; i += MAX (n - 1, 1))
    {
      const AtlasPoint *p = &g_array_index (series->points, AtlasPoint, i);
      double px = atlas_chart_layout_x (self, p->year);
      double py = atlas_chart_layout_y (self, p->value);
      double room = self->point_radius + self->gap / 2;
      AtlasChartLabel label = { ATLAS_CHART_LABEL_VALUE, NULL };
      /* where the label goes: its x from the point, as a share of its
       * width, and its y, above (-1), beside (0) or below (1) the point */
      const double candidates[][2] = {
        { 0.5, -1 },
        { 0.5, 1 },
        { i == 0 ? 0 : 1, 0 },
      };
      g_autofree char *text = format_point_value (series, p->value);

      text_size_of (layout, text, &label.width, &label.height);
      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          label.x = px - label.width * candidates[c][0];
          if (candidates[c][1] == 0)
            label.x += i == 0 ? room : -room;
          label.x = MIN (MAX (label.x, self->plot_x), width - label.width);
          label.y = py - label.height / 2 + candidates[c][1] * (room + label.height / 2);

          if (label.x >= 0 && label.y >= 0 &&
              label.y + label.height <= self->plot_y + self->plot_height &&
              !overlaps_any (&label, self->labels, 0) &&
              !covers_line (self, series, &label))
            {
              label.text = g_steal_pointer (&text);
              g_array_append_val (self->labels, label);
              break;
            }
        }
    }
}

/**
 * atlas_chart_layout_new:
 * @layout: a layout in the labels' font
 * @series: a series with at least one value
 * @width: the chart's width
 * @height: the chart's height
 * @text_size: the labels' size, in the same units
 *
 * Lays the chart out: its plot and where its labels go.
 *
 * Returns: (transfer full) (nullable): the chart's layout, or %NULL if the
 *   chart is too small to draw
 */
AtlasChartLayout *
atlas_chart_layout_new (PangoLayout       *layout,
                        const AtlasSeries *series,
                        double             width,
                        double             height,
                        double             text_size)
{
  g_autoptr(AtlasChartLayout) self = g_new0 (AtlasChartLayout, 1);
  guint n = series->points->len;
  double scale_w = 0, label_h = 0, year_w, year_h;
  g_autofree char *last = NULL;

  g_return_val_if_fail (n > 0, NULL);

  self->labels = g_array_new (FALSE, TRUE, sizeof (AtlasChartLabel));
  g_array_set_clear_func (self->labels, clear_label);
  self->gap = MAX (4, text_size * 0.55);
  self->line_width = MAX (2, text_size * 0.2);
  self->point_radius = MAX (3.5, text_size * 0.24);
  self->first_year = g_array_index (series->points, AtlasPoint, 0).year;
  self->last_year = g_array_index (series->points, AtlasPoint, n - 1).year;
  get_range (series, &self->low, &self->high, &self->step);

  /* Margins wide enough for the labels */
  {
    guint decimals = decimals_for_step (self->step);

    for (guint i = 0; i <= n_steps (self); i++)
      {
        g_autofree char *text = format_scale_value (series, self->low + i * self->step, decimals);
        double w;

        text_size_of (layout, text, &w, &label_h);
        scale_w = MAX (scale_w, w);
      }
  }
  last = g_strdup_printf ("%d", self->last_year);
  text_size_of (layout, last, &year_w, &year_h);

  self->plot_x = scale_w + self->gap;
  self->plot_y = label_h + self->gap;  /* room for the values above */
  self->plot_width = width - self->plot_x - year_w / 2 - self->gap;
  self->plot_height = height - self->plot_y - year_h - self->gap;

  /* Too narrow for the scale: the first and last values say it all */
  if (self->plot_width < MAX (MIN_PLOT, 2 * year_w))
    {
      self->plot_x = self->point_radius + self->line_width;
      self->plot_width = width - self->plot_x - year_w / 2 - self->gap;
    }
  else
    place_scale_labels (self, layout, series);

  if (self->plot_width < MIN_PLOT || self->plot_height < MIN_PLOT)
    return NULL;

  place_year_labels (self, layout, width, self->plot_y + self->plot_height + self->gap / 2);
  place_value_labels (self, layout, series, width);

  return g_steal_pointer (&self);
}

/**
 * atlas_chart_create_pango_layout:
 * @context: a Pango context
 * @font: (nullable): the font, or %NULL for the context's
 * @text_size: the text's size in the context's units (pixels on screen)
 *
 * Returns: (transfer full): a layout for the chart's labels
 */
PangoLayout *
atlas_chart_create_pango_layout (PangoContext               *context,
                                 const PangoFontDescription *font,
                                 double                      text_size)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = NULL;

  desc = pango_font_description_copy (font != NULL ? font : pango_context_get_font_description (context));
  pango_font_description_set_absolute_size (desc, text_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);

  return layout;
}

/**
 * atlas_chart_draw:
 * @cr: where to draw, the chart's top left corner at the origin
 * @context: (nullable): the Pango context of the text, or %NULL for one
 *   made for @cr (on a PDF surface, say)
 * @font: (nullable): the labels' font (its size is ignored), or %NULL for
 *   the context's (Sans in a context made for @cr)
 * @series: the series to draw
 * @width: the chart's width, in @cr's units
 * @height: the chart's height
 * @text_size: the labels' size, in @cr's units (pixels on screen, points
 *   in a PDF); lines, points and gaps follow it
 * @foreground: the colour of the text and the grid
 * @accent: the colour of the line
 *
 * Draws a line chart of @series: a grid with the scale's values on the
 * left, the years below, the line with its points and its first and last
 * values. Labels thin out rather than overlap. Nothing is drawn for a
 * series without values or a chart too small to hold one.
 */
void
atlas_chart_draw (cairo_t                    *cr,
                  PangoContext               *context,
                  const PangoFontDescription *font,
                  AtlasSeries                *series,
                  double                      width,
                  double                      height,
                  double                      text_size,
                  const GdkRGBA              *foreground,
                  const GdkRGBA              *accent)
{
  g_autoptr(GObject) own_context = NULL;  /* a PangoContext */
  g_autoptr(PangoFontDescription) sans = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(AtlasChartLayout) chart = NULL;
  const GdkRGBA *fg = foreground;
  guint n;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (series != NULL);
  g_return_if_fail (foreground != NULL && accent != NULL);

  n = series->points->len;
  if (n == 0 || width <= 0 || height <= 0 || text_size <= 0)
    return;

  /* A new context's font is Pango's default, a serif: the app's is not */
  if (context == NULL)
    {
      context = pango_cairo_create_context (cr);
      own_context = G_OBJECT (context);
      if (font == NULL)
        font = sans = pango_font_description_from_string ("Sans");
    }

  layout = atlas_chart_create_pango_layout (context, font, text_size);
  chart = atlas_chart_layout_new (layout, series, width, height, text_size);
  if (chart == NULL)
    return;

  cairo_save (cr);

  /* Grid lines, one a step */
  cairo_set_line_width (cr, MAX (1, chart->line_width / 3));
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, fg->alpha * 0.15);
  for (guint i = 0; i <= n_steps (chart); i++)
    {
      double y = round (atlas_chart_layout_y (chart, chart->low + i * chart->step)) + 0.5;

      cairo_move_to (cr, chart->plot_x, y);
      cairo_line_to (cr, chart->plot_x + chart->plot_width, y);
    }
  cairo_stroke (cr);

  /* The line and its points */
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, accent->alpha);
  cairo_set_line_width (cr, chart->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const AtlasPoint *p = &g_array_index (series->points, AtlasPoint, i);

      cairo_line_to (cr, atlas_chart_layout_x (chart, p->year), atlas_chart_layout_y (chart, p->value));
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      const AtlasPoint *p = &g_array_index (series->points, AtlasPoint, i);

      cairo_new_sub_path (cr);
      cairo_arc (cr, atlas_chart_layout_x (chart, p->year), atlas_chart_layout_y (chart, p->value),
                 chart->point_radius, 0, 2 * G_PI);
    }
  cairo_fill (cr);

  /* The labels: the axes' a little dimmer than the values' */
  for (guint i = 0; i < chart->labels->len; i++)
    {
      const AtlasChartLabel *label = &g_array_index (chart->labels, AtlasChartLabel, i);
      double alpha = label->kind == ATLAS_CHART_LABEL_VALUE ? 1 : 0.75;

      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, fg->alpha * alpha);
      pango_layout_set_text (layout, label->text, -1);
      cairo_move_to (cr, label->x, label->y);
      pango_cairo_show_layout (cr, layout);
    }

  cairo_restore (cr);
}
