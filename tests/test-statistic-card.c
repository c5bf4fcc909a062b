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

static void
present_item_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GPtrArray *asked = user_data;

  g_ptr_array_add (asked, g_variant_print (parameter, FALSE));
}

/* The button under a statistic's first chart, and Enter on any of its
 * charts, ask the window to show the statistic's slide full screen */
static void
test_present (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (atlas_profile_get_statistics (profile), 0);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("present-item", G_VARIANT_TYPE ("(ss)"));
  g_autoptr(GPtrArray) asked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_autofree char *expected = g_strdup_printf ("('overview', '%s')", atlas_item_get_id (ATLAS_ITEM (statistic)));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *card = atlas_statistic_card_new (statistic, profile);
  GtkWidget *button = NULL;

  g_assert_cmpuint (atlas_statistic_get_series (statistic)->len, >=, 2);

  /* the window's action, as AtlasWindow has it */
  g_signal_connect (action, "activate", G_CALLBACK (present_item_cb), asked);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));

  g_object_ref_sink (card);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), card);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  /* One button, named and with a tooltip, under the first chart */
  atlas_test_collect (card, is_chart, charts);
  g_assert_cmpuint (charts->len, ==, atlas_statistic_get_series (statistic)->len);
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_first_child (card));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), "Show Chart Full Screen") == 0)
      {
        g_assert_null (button);
        button = child;
      }
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_prev_sibling (button) == charts->pdata[0]);
  {
    g_autofree char *name = g_strdup_printf ("Show Chart Full Screen: %s",
                                             ((AtlasSeries *) g_ptr_array_index (atlas_statistic_get_series (statistic), 0))->label);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  }

  /* The button, from the keyboard */
  g_assert_true (gtk_widget_grab_focus (button));
  if (!atlas_test_send_keys (window, "Return"))
    goto out;
  g_assert_cmpuint (asked->len, ==, 1);
  g_assert_cmpstr (asked->pdata[0], ==, expected);

  /* Enter on each chart, which takes the focus */
  for (guint i = 0; i < charts->len; i++)
    {
      g_assert_true (gtk_widget_get_focusable (charts->pdata[i]));
      g_assert_true (gtk_widget_grab_focus (charts->pdata[i]));
      atlas_test_send_keys (window, "Return");
      g_assert_cmpuint (asked->len, ==, 2 + i);
      g_assert_cmpstr (asked->pdata[1 + i], ==, expected);
    }
  atlas_test_send_keys (window, "KP_Enter");
  g_assert_cmpuint (asked->len, ==, 1 + charts->len + 1);

out:
  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_assert_finalized (card);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/StatisticCard/cards", test_cards);
  g_test_add_func ("/Atlas/StatisticCard/present", test_present);

  return g_test_run ();
}
