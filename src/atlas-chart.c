/* atlas-chart.c: a line chart of a statistic's time series
 *
 * Drawn by atlas_chart_draw (atlas-chart-draw.c) in the widget's own
 * font and colours, so it follows the theme and the text size. Its text alternative (the accessible
 * description) states the first and last values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "atlas-chart.h"
#include "atlas-chart-private.h"
#include "atlas-format.h"

struct _AtlasChart
{
  GtkWidget parent_instance;

  AtlasSeries *series;     /* nullable */
  double       text_size;  /* px; 0: the widget's font's */
};

G_DEFINE_FINAL_TYPE (AtlasChart, atlas_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERIES,
  PROP_TEXT_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* The text size of @widget's font, in pixels */
static double
get_font_size (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (font))
    size *= pango_cairo_context_get_resolution (context) / 72.0;

  return size > 0 ? size : 14;
}

static void
atlas_chart_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  AtlasChart *self = ATLAS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA foreground, accent;
  cairo_t *cr;

  if (self->series == NULL || self->series->points->len == 0 || width <= 0 || height <= 0)
    return;

  get_colors (widget, &foreground, &accent);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  atlas_chart_draw (cr, gtk_widget_get_pango_context (widget), NULL, self->series,
                    width, height, atlas_chart_get_text_size (self), &foreground, &accent);
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
  /* Grows with the text size (the app's zoom, or the slide's) */
  AtlasChart *self = ATLAS_CHART (widget);
  g_autoptr(PangoLayout) layout = atlas_chart_create_pango_layout (gtk_widget_get_pango_context (widget), NULL,
                                                                   atlas_chart_get_text_size (self));
  int w, h;

  pango_layout_set_text (layout, "0000", -1);
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

    case PROP_TEXT_SIZE:
      g_value_set_double (value, self->text_size);
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

    case PROP_TEXT_SIZE:
      atlas_chart_set_text_size (self, g_value_get_double (value));
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

  /**
   * AtlasChart:text-size:
   *
   * The size in pixels of the labels, for a chart on a slide; 0, the
   * default, for the widget's font's size (which follows the zoom).
   */
  properties[PROP_TEXT_SIZE] =
    g_param_spec_double ("text-size", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
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

/**
 * atlas_chart_get_text_size:
 *
 * Returns: the size in pixels of the chart's labels: its text-size, or
 *   its font's size when that is 0
 */
double
atlas_chart_get_text_size (AtlasChart *self)
{
  g_return_val_if_fail (ATLAS_IS_CHART (self), 0);

  return self->text_size > 0 ? self->text_size : get_font_size (GTK_WIDGET (self));
}

void
atlas_chart_set_text_size (AtlasChart *self,
                           double      text_size)
{
  g_return_if_fail (ATLAS_IS_CHART (self));
  g_return_if_fail (text_size >= 0);

  if (self->text_size == text_size)
    return;

  self->text_size = text_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SIZE]);
}
