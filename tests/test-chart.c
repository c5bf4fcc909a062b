/* test-chart.c: AtlasChart, a statistic's series drawn and described
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "atlas-chart.h"
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

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Chart/draw-and-describe", test_chart);

  return g_test_run ();
}
