/* test-chart.c: AtlasChart, a statistic's series drawn and described
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include <pango/pangocairo.h>

#include "atlas-chart.h"
#include "atlas-chart-private.h"
#include "atlas-statistic.h"
#include "atlas-test-utils.h"

static void
test_chart (void)
{
  static const double shares[] = {
    77.6398, 81.61, 80.72, 82.1702, 85.0012, 85.0529, 86.5165,
    87.6797, 88.6473, 90.2754, 91.5264, 92.7887, 94.0078, 94.6263,
  };
  g_autoptr(AtlasSeries) series = atlas_series_new ();
  g_autoptr(AtlasSeries) single = atlas_series_new ();
  g_autoptr(AtlasSeries) empty = atlas_series_new ();
  g_autofree char *description = NULL;
  AtlasPoint one = { 2016, 6200000 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chart;
  guint notified = 0;

  series->label = g_strdup ("Internet users, % of population");
  series->unit = ATLAS_FIGURE_UNIT_PERCENT;
  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    {
      AtlasPoint point = { 2010 + (int) i, shares[i] };
      g_array_append_val (series->points, point);
    }
  single->label = g_strdup ("One");
  g_array_append_val (single->points, one);
  empty->label = g_strdup ("None");

  /* The text alternative states the first and last values */
  description = atlas_chart_describe (series);
  g_assert_cmpstr (description, ==, "From 77.6% in 2010 to 94.6% in 2023, 14 values");
  g_free (description);
  description = atlas_chart_describe (single);
  g_assert_cmpstr (description, ==, "6,200,000 in 2016");

  chart = atlas_chart_new (NULL);
  g_signal_connect (chart, "notify::series", G_CALLBACK (atlas_test_count_notify), &notified);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 300);
  gtk_window_present (GTK_WINDOW (window));

  atlas_chart_set_series (ATLAS_CHART (chart), series);
  atlas_chart_set_series (ATLAS_CHART (chart), series);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (atlas_chart_get_series (ATLAS_CHART (chart)) == series);
  gtk_test_widget_wait_for_draw (chart);

  /* One point, no points: drawn without a warning */
  atlas_chart_set_series (ATLAS_CHART (chart), single);
  gtk_test_widget_wait_for_draw (chart);
  atlas_chart_set_series (ATLAS_CHART (chart), empty);
  gtk_test_widget_wait_for_draw (chart);
  g_assert_cmpuint (notified, ==, 3);

  /* The window and its chart go, and nothing keeps them */
  g_object_ref (chart);
  atlas_test_destroy_window (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

/* Under AddressSanitizer, which makes Pango slow, every third size and
 * every fourth width: the same layout code on fewer cases */
#ifdef __SANITIZE_ADDRESS__
#define SIZE_STEP 3
#define WIDTH_STEP 100
#else
#define SIZE_STEP 1
#define WIDTH_STEP 25
#endif

/* Rounding errors of the layout's sums */
#define EPSILON 1e-6

static gboolean
rects_overlap (const AtlasChartLabel *a,
               const AtlasChartLabel *b)
{
  return a->x + EPSILON < b->x + b->width && b->x + EPSILON < a->x + a->width &&
         a->y + EPSILON < b->y + b->height && b->y + EPSILON < a->y + a->height;
}

/* The labels of @series on a chart of @width by @height at @text_size:
 * none overlaps another, none leaves the chart, the axes' stay out of the
 * plot, the values cover no point; and at least one year is shown */
static void
assert_labels_apart (PangoContext      *context,
                     const AtlasSeries *series,
                     double             width,
                     double             height,
                     double             text_size)
{
  g_autoptr(PangoLayout) layout = atlas_chart_create_pango_layout (context, NULL, text_size);
  g_autoptr(AtlasChartLayout) chart = atlas_chart_layout_new (layout, series, width, height, text_size);
  guint n_years = 0;

  if (chart == NULL)
    {
      g_error ("%s: nothing drawn on a chart of %gx%g at %g px", series->label, width, height, text_size);
      return;
    }

  g_assert_cmpfloat (chart->plot_x, >=, -EPSILON);
  g_assert_cmpfloat (chart->plot_y, >=, -EPSILON);
  g_assert_cmpfloat (chart->plot_x + chart->plot_width, <=, width + EPSILON);
  g_assert_cmpfloat (chart->plot_y + chart->plot_height, <=, height + EPSILON);

  for (guint i = 0; i < chart->labels->len; i++)
    {
      const AtlasChartLabel *label = &g_array_index (chart->labels, AtlasChartLabel, i);
      AtlasChartLabel plot = { 0, NULL, chart->plot_x, chart->plot_y, chart->plot_width, chart->plot_height };

      if (label->x < -EPSILON || label->y < -EPSILON || label->x + label->width > width + EPSILON ||
          label->y + label->height > height + EPSILON)
        g_error ("%s: \"%s\" at %g,%g %gx%g leaves the chart of %gx%g at %g px",
                 series->label, label->text, label->x, label->y, label->width, label->height,
                 width, height, text_size);

      for (guint j = 0; j < i; j++)
        if (rects_overlap (label, &g_array_index (chart->labels, AtlasChartLabel, j)))
          g_error ("%s: \"%s\" overlaps \"%s\" on a chart of %gx%g at %g px",
                   series->label, label->text, g_array_index (chart->labels, AtlasChartLabel, j).text,
                   width, height, text_size);

      if (label->kind != ATLAS_CHART_LABEL_VALUE && rects_overlap (label, &plot))
        g_error ("%s: \"%s\" overlaps the plot on a chart of %gx%g at %g px",
                 series->label, label->text, width, height, text_size);

      if (label->kind == ATLAS_CHART_LABEL_VALUE)
        for (guint k = 0; k < series->points->len; k++)
          {
            const AtlasPoint *p = &g_array_index (series->points, AtlasPoint, k);
            AtlasChartLabel point = { 0, NULL,
                                      atlas_chart_layout_x (chart, p->year) - chart->point_radius,
                                      atlas_chart_layout_y (chart, p->value) - chart->point_radius,
                                      2 * chart->point_radius, 2 * chart->point_radius };

            g_assert_false (rects_overlap (label, &point));
          }

      n_years += label->kind == ATLAS_CHART_LABEL_YEAR;
    }

  if (n_years == 0)
    g_error ("%s: no year on a chart of %gx%g at %g px", series->label, width, height, text_size);
}

/* Every chart of the Belgian profile, at every width a card or a slide
 * gives it and every text size from 75% to 300% zoom and on slides */
static void
test_labels_apart (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  GListModel *statistics = atlas_profile_get_statistics (profile);
  GtkWidget *label = g_object_ref_sink (gtk_label_new (NULL));
  PangoContext *context = gtk_widget_get_pango_context (label);
  guint n_series = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statistics); i++)
    {
      g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (statistics, i);
      GPtrArray *series = atlas_statistic_get_series (statistic);

      for (guint j = 0; j < series->len; j++, n_series++)
        for (double size = 9; size <= 40; size += SIZE_STEP)
          for (double width = 200; width <= 1200; width += WIDTH_STEP)
            {
              /* a card's chart is 8 to 11 lines high (its minimum and
               * natural heights); a slide's, higher */
              double lines = 1.2 * size;

              assert_labels_apart (context, g_ptr_array_index (series, j), width, 8 * lines, size);
              assert_labels_apart (context, g_ptr_array_index (series, j), width, 11 * lines, size);
              assert_labels_apart (context, g_ptr_array_index (series, j), width, MAX (8 * lines, width / 2), size);
            }
    }

  g_assert_cmpuint (n_series, >=, 4);
  g_object_unref (label);
}

/* atlas_chart_draw on a PDF page, with no widget and no Pango context */
static void
test_draw_pdf (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (atlas_profile_get_statistics (profile), 0);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "atlas-test-chart-XXXXXX.pdf", NULL);
  GdkRGBA black = { 0, 0, 0, 1 }, blue = { 0.1, 0.4, 0.8, 1 };
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int fd;

  fd = g_mkstemp (path);
  g_assert_cmpint (fd, >=, 0);
  close (fd);

  g_assert_cmpuint (atlas_statistic_get_series (statistic)->len, >, 0);
  surface = cairo_pdf_surface_create (path, 400, 300);
  cr = cairo_create (surface);
  atlas_chart_draw (cr, NULL, NULL, g_ptr_array_index (atlas_statistic_get_series (statistic), 0),
                    400, 200, 9, &black, &blue);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  /* the chart's text is text in the PDF: the years are there */
  text = atlas_test_pdf_text (path);
  g_assert_nonnull (strstr (text, "20"));
  g_unlink (path);
}

/* Values near 1e16, where adding a step of 0.5 changes nothing, and
 * ranges narrower than a double's precision: drawn, as a flat line where
 * they must be, and the drawing ends (it looped forever before) */
static void
test_huge_values (void)
{
  static const double sets[][2] = {
    { 1e16, 1e16 + 2 },
    { 1e16, 1e16 },
    { -1e300, 1e300 },
    { 1e-300, 2e-300 },
    { 123456789.125, 123456789.25 },
  };
  GdkRGBA black = { 0, 0, 0, 1 }, blue = { 0.1, 0.4, 0.8, 1 };

  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    {
      g_autoptr(AtlasSeries) series = atlas_series_new ();
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *description = NULL;

      series->label = g_strdup ("Huge");
      series->unit = ATLAS_FIGURE_UNIT_COUNT;
      for (guint i = 0; i < 2; i++)
        {
          AtlasPoint point = { 2010 + (int) i * 13, sets[s][i] };

          g_array_append_val (series->points, point);
        }

      g_test_message ("%g to %g", sets[s][0], sets[s][1]);
      atlas_chart_draw (cr, NULL, NULL, series, 400, 300, 9, &black, &blue);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      description = atlas_chart_describe (series);
      g_assert_nonnull (description);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Chart/draw-and-describe", test_chart);
  g_test_add_func ("/Atlas/Chart/labels-apart", test_labels_apart);
  g_test_add_func ("/Atlas/Chart/draw-pdf", test_draw_pdf);
  g_test_add_func ("/Atlas/Chart/huge-values", test_huge_values);

  return g_test_run ();
}
