/* atlas-chart.c: a line chart of a statistic's time series
 *
 * Drawn with cairo in the widget's own font and colours, so it follows
 * the theme and the text size. Its text alternative (the accessible
 * description) states the first and last values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "atlas-chart.h"
#include "atlas-format.h"

struct _AtlasChart
{
  GtkWidget parent_instance;

  AtlasSeries *series;  /* nullable */
};

G_DEFINE_FINAL_TYPE (AtlasChart, atlas_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define GAP 8.0
#define POINT_RADIUS 3.5

static char *
format_value (const AtlasSeries *series,
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

/**
 * atlas_chart_describe:
 *
 * Returns: (transfer full): a text alternative for a chart of @series:
 *   "From 77.6% in 2010 to 94.6% in 2023, 14 values"
 */
char *
atlas_chart_describe (AtlasSeries *series)
{
  const AtlasPoint *first, *last;
  AtlasFigure figure = { .has_value = TRUE, .unit = series->unit };
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint n;

  g_return_val_if_fail (series != NULL, NULL);

  n = series->points->len;
  if (n == 0)
    return g_strdup (_("No values"));

  first = &g_array_index (series->points, AtlasPoint, 0);
  last = &g_array_index (series->points, AtlasPoint, n - 1);

  figure.value = first->value;
  from = atlas_format_figure_value (&figure);
  figure.value = last->value;
  to = atlas_format_figure_value (&figure);

  if (n == 1)
    /* TRANSLATORS: a chart of one value: "77.6% in 2010" */
    return g_strdup_printf (_("%s in %d"), from, first->year);

  /* TRANSLATORS: a chart's text alternative: "From 77.6% in 2010 to 94.6% in 2023, 14 values" */
  return g_strdup_printf (ngettext ("From %s in %d to %s in %d, %u value",
                                    "From %s in %d to %s in %d, %u values", n),
                          from, first->year, to, last->year, n);
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

  /* Otherwise the scale follows the data, so that changes show */
  if (max - min < 1e-9)
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

static guint
decimals_for_step (double step)
{
  return step >= 1 ? 0 : (guint) MIN (3, ceil (-log10 (step)));
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  *width = w;
  *height = h;
}

static void
draw_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y)
{
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
get_colors (GtkWidget *widget,
            GdkRGBA   *foreground,
            GdkRGBA   *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, foreground);
  if (!gtk_style_context_lookup_color (context, "accent_color", accent))
    gdk_rgba_parse (accent, "#1c71d8");
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
atlas_chart_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  AtlasChart *self = ATLAS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA foreground, accent;
  double low, high, step;
  double left, right, top, bottom, label_w, label_h;
  guint n, decimals, year_step;
  int first_year, last_year;
  cairo_t *cr;

  if (self->series == NULL || self->series->points->len == 0 || width <= 0 || height <= 0)
    return;

  n = self->series->points->len;
  first_year = g_array_index (self->series->points, AtlasPoint, 0).year;
  last_year = g_array_index (self->series->points, AtlasPoint, n - 1).year;
  get_range (self->series, &low, &high, &step);
  decimals = decimals_for_step (step);
  get_colors (widget, &foreground, &accent);

  layout = gtk_widget_create_pango_layout (widget, NULL);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Margins wide enough for the labels (the loop runs at least once:
   * low <= high) */
  left = 0;
  label_h = 0;
  for (double v = low; v <= high + step / 2; v += step)
    {
      g_autofree char *text = format_value (self->series, v, decimals);

      pango_layout_set_text (layout, text, -1);
      layout_size (layout, &label_w, &label_h);
      left = MAX (left, label_w);
    }
  left += GAP;
  top = label_h + GAP;        /* room for the labels of the values */
  bottom = label_h + GAP;
  {
    g_autofree char *year = g_strdup_printf ("%d", last_year);

    pango_layout_set_text (layout, year, -1);
    layout_size (layout, &label_w, &label_h);
  }
  right = label_w / 2 + GAP;

  if (width - left - right < 20 || height - top - bottom < 20)
    {
      cairo_destroy (cr);
      return;
    }

#define X(year) (left + (last_year == first_year ? (width - left - right) / 2.0 \
                 : ((year) - first_year) * (width - left - right) / (double) (last_year - first_year)))
#define Y(value) (height - bottom - ((value) - low) * (height - top - bottom) / (high - low))

  /* Grid lines and the values of the scale */
  cairo_set_line_width (cr, 1);
  for (double v = low; v <= high + step / 2; v += step)
    {
      g_autofree char *text = format_value (self->series, v, decimals);
      double y = round (Y (v)) + 0.5;

      cairo_set_source_rgba (cr, foreground.red, foreground.green, foreground.blue, 0.15);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, width - right, y);
      cairo_stroke (cr);

      pango_layout_set_text (layout, text, -1);
      layout_size (layout, &label_w, &label_h);
      cairo_set_source_rgba (cr, foreground.red, foreground.green, foreground.blue, 0.75);
      draw_text (cr, layout, text, left - GAP - label_w, y - label_h / 2);
    }

  /* Years: every one that fits */
  pango_layout_set_text (layout, "0000", -1);
  layout_size (layout, &label_w, &label_h);
  year_step = 1;
  while (last_year > first_year &&
         year_step * (width - left - right) / (double) (last_year - first_year) < label_w + GAP)
    year_step = year_step == 1 ? 2 : year_step == 2 ? 5 : year_step * 2;

  for (int year = first_year; year <= last_year; year += year_step)
    {
      g_autofree char *text = g_strdup_printf ("%d", year);

      pango_layout_set_text (layout, text, -1);
      layout_size (layout, &label_w, &label_h);
      cairo_set_source_rgba (cr, foreground.red, foreground.green, foreground.blue, 0.75);
      draw_text (cr, layout, text, X (year) - label_w / 2, height - bottom + GAP / 2);
    }

  /* The line and its points */
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1);
  cairo_set_line_width (cr, 3);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const AtlasPoint *p = &g_array_index (self->series->points, AtlasPoint, i);

      if (i == 0)
        cairo_move_to (cr, X (p->year), Y (p->value));
      else
        cairo_line_to (cr, X (p->year), Y (p->value));
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      const AtlasPoint *p = &g_array_index (self->series->points, AtlasPoint, i);

      cairo_arc (cr, X (p->year), Y (p->value), POINT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  /* The first and last values, written above their points, inside the chart */
  for (guint i = 0; i < n; i += MAX (n - 1, 1))
    {
      const AtlasPoint *p = &g_array_index (self->series->points, AtlasPoint, i);
      AtlasFigure figure = { .has_value = TRUE, .value = p->value, .unit = self->series->unit };
      g_autofree char *text = atlas_format_figure_value (&figure);
      double x;

      if (self->series->unit == ATLAS_FIGURE_UNIT_PER_100)
        {
          g_free (text);
          text = atlas_format_number (p->value, 1);
        }

      pango_layout_set_text (layout, text, -1);
      layout_size (layout, &label_w, &label_h);
      x = CLAMP (X (p->year) - label_w / 2, left, width - label_w);
      cairo_set_source_rgba (cr, foreground.red, foreground.green, foreground.blue, 1);
      draw_text (cr, layout, text, x, MAX (0, Y (p->value) - label_h - GAP / 2));
    }

#undef X
#undef Y

  cairo_destroy (cr);
}

static void
atlas_chart_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  /* Grows with the text size (the app's zoom) */
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "0000");
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 6 * w;
      *natural = 14 * w;
    }
  else
    {
      *minimum = 8 * h;
      *natural = 11 * h;
    }
}

static void
update_accessible (AtlasChart *self)
{
  g_autofree char *description = NULL;

  if (self->series == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  description = atlas_chart_describe (self->series);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->series->label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
}

static void
atlas_chart_finalize (GObject *object)
{
  AtlasChart *self = ATLAS_CHART (object);

  g_clear_pointer (&self->series, atlas_series_unref);

  G_OBJECT_CLASS (atlas_chart_parent_class)->finalize (object);
}

static void
atlas_chart_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasChart *self = ATLAS_CHART (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_boxed (value, self->series);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_chart_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AtlasChart *self = ATLAS_CHART (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      atlas_chart_set_series (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_chart_class_init (AtlasChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = atlas_chart_finalize;
  object_class->get_property = atlas_chart_get_property;
  object_class->set_property = atlas_chart_set_property;

  widget_class->snapshot = atlas_chart_snapshot;
  widget_class->measure = atlas_chart_measure;

  /**
   * AtlasChart:series:
   *
   * The time series drawn.
   */
  properties[PROP_SERIES] =
    g_param_spec_boxed ("series", NULL, NULL,
                        ATLAS_TYPE_SERIES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "atlas-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
atlas_chart_init (AtlasChart *self)
{
}

/**
 * atlas_chart_new:
 * @series: (nullable): the series to draw
 *
 * Returns: (transfer floating): a chart
 */
GtkWidget *
atlas_chart_new (AtlasSeries *series)
{
  return g_object_new (ATLAS_TYPE_CHART, "series", series, NULL);
}

/**
 * atlas_chart_get_series:
 *
 * Returns: (transfer none) (nullable): the series drawn
 */
AtlasSeries *
atlas_chart_get_series (AtlasChart *self)
{
  g_return_val_if_fail (ATLAS_IS_CHART (self), NULL);

  return self->series;
}

void
atlas_chart_set_series (AtlasChart  *self,
                        AtlasSeries *series)
{
  g_return_if_fail (ATLAS_IS_CHART (self));

  if (self->series == series)
    return;

  g_clear_pointer (&self->series, atlas_series_unref);
  if (series != NULL)
    self->series = atlas_series_ref (series);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}
