/* test-statistic-card.c: AtlasStatisticCard, a statistic on the Overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "atlas-chart.h"
#include "atlas-format.h"
#include "atlas-sections.h"
#include "atlas-statistic-card.h"
#include "atlas-test-utils.h"

static gboolean
is_chart (GtkWidget *widget)
{
  return ATLAS_IS_CHART (widget);
}

static gboolean
is_expander (GtkWidget *widget)
{
  return GTK_IS_EXPANDER (widget);
}

/* How many sources of @statistic have an address, and so a link */
static guint
count_source_links (AtlasStatistic *statistic)
{
  GPtrArray *history = atlas_statistic_get_history (statistic);
  GPtrArray *series = atlas_statistic_get_series (statistic);
  AtlasFigure *secondary = atlas_statistic_get_secondary (statistic);
  guint n = atlas_statistic_get_headline (statistic)->source->url != NULL;

  if (secondary != NULL)
    n += secondary->source->url != NULL;
  for (guint i = 0; i < history->len; i++)
    n += ((AtlasFigure *) g_ptr_array_index (history, i))->source->url != NULL;
  for (guint i = 0; i < series->len; i++)
    n += ((AtlasSeries *) g_ptr_array_index (series, i))->source->url != NULL;

  return n;
}

/* Every statistic of the shipped profile, each on a card of its own */
static void
test_cards (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  GListModel *statistics = atlas_profile_get_statistics (profile);

  g_assert_cmpuint (g_list_model_get_n_items (statistics), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (statistics); i++)
    {
      g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (statistics, i);
      AtlasFigure *headline = atlas_statistic_get_headline (statistic);
      GPtrArray *series = atlas_statistic_get_series (statistic);
      g_autofree char *value = atlas_format_figure_value (headline);
      g_autofree char *context = atlas_figure_format_context (headline);
      g_autofree char *name = g_strdup_printf ("%s: %s, %s", atlas_item_get_title (ATLAS_ITEM (statistic)), value, context);
      GtkWidget *window = gtk_window_new ();
      GtkWidget *card = atlas_statistic_card_new (statistic, profile);
      g_autoptr(GPtrArray) charts = g_ptr_array_new ();
      g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
      g_autoptr(GPtrArray) links = g_ptr_array_new ();

      g_object_ref_sink (card);
      gtk_window_set_child (GTK_WINDOW (window), card);
      gtk_window_present (GTK_WINDOW (window));

      g_assert_true (atlas_statistic_card_get_statistic (ATLAS_STATISTIC_CARD (card)) == statistic);
      g_assert_nonnull (atlas_test_find_label (card, atlas_item_get_title (ATLAS_ITEM (statistic))));
      g_assert_nonnull (atlas_test_find_label (card, value));
      g_assert_nonnull (atlas_test_find_label (card, context));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_ROLE_GROUP);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, name);

      /* A chart and a folded table of values per series, a link per
       * source with an address */
      atlas_test_collect (card, is_chart, charts);
      atlas_test_collect (card, is_expander, expanders);
      atlas_test_collect (card, atlas_test_is_link, links);
      g_assert_cmpuint (charts->len, ==, series->len);
      g_assert_cmpuint (expanders->len, ==, series->len);
      g_assert_cmpuint (links->len, ==, count_source_links (statistic));

      /* Opened, a table shows each year of its series */
      for (guint j = 0; j < series->len; j++)
        {
          const AtlasSeries *one = g_ptr_array_index (series, j);
          const AtlasPoint *last = &g_array_index (one->points, AtlasPoint, one->points->len - 1);
          g_autofree char *year = g_strdup_printf ("%d", last->year);
          GtkWidget *expander = expanders->pdata[j];

          g_assert_null (gtk_expander_get_child (GTK_EXPANDER (expander)));
          gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
          g_assert_nonnull (gtk_expander_get_child (GTK_EXPANDER (expander)));
          g_assert_nonnull (atlas_test_find_label (gtk_expander_get_child (GTK_EXPANDER (expander)), year));
        }

      gtk_window_destroy (GTK_WINDOW (window));
      atlas_test_assert_finalized (card);
    }
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/StatisticCard/cards", test_cards);

  return g_test_run ();
}
