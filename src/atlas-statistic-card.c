/* atlas-statistic-card.c: a statistic on the Overview, as a card
 *
 * Its label and headline figure with what it counts and its source; a
 * second figure; earlier figures that are not a series; a note; and each
 * series as a chart with its source and its values in a table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-statistic-card"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-chart.h"
#include "atlas-format.h"
#include "atlas-sections.h"
#include "atlas-statistic-card.h"
#include "atlas-widgets.h"

/* Wrapping labels ask for the width of their whole text; this caps it, so
 * that two cards fit side by side in a wide window and one in a narrow
 * one. The template's labels have it as max-width-chars. */
#define CARD_WIDTH_CHARS 30

struct _AtlasStatisticCard
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *box;
  GtkLabel  *label_label;
  GtkWidget *language_tag;
  GtkLabel  *figure_label;
  GtkLabel  *context_label;

  AtlasStatistic *statistic;  /* owned */
  AtlasProfile   *profile;    /* owned */
};

G_DEFINE_FINAL_TYPE (AtlasStatisticCard, atlas_statistic_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATISTIC,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One line for a figure that is not the headline:
 * "16.3% of population · 2023" */
static void
add_figure_line (GtkWidget         *box,
                 const AtlasFigure *figure)
{
  g_autofree char *value = atlas_format_figure_value (figure);
  g_autofree char *context = atlas_figure_format_context (figure);
  g_autofree char *line = g_strjoin (" · ", value, context, NULL);

  atlas_item_box_add (box, line, "heading");
  atlas_item_box_add_source (box, figure->source);
}

/* The values of a series as a table: a year and its value on each row */
static GtkWidget *
values_table_new (const AtlasSeries *series)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_halign (grid, GTK_ALIGN_START);

  for (guint i = 0; i < series->points->len; i++)
    {
      const AtlasPoint *point = &g_array_index (series->points, AtlasPoint, i);
      AtlasFigure figure = { .has_value = TRUE, .value = point->value, .unit = series->unit };
      g_autofree char *year = g_strdup_printf ("%d", point->year);
      g_autofree char *value = atlas_format_figure_value (&figure);
      GtkWidget *year_label = atlas_text_new (year, "numeric");
      GtkWidget *value_label = atlas_text_new (value, "numeric");

      /* Short figures on one line each: wrapping labels make the table's
       * minimum height (each figure broken over lines) more than its
       * natural one, and GTK 4.18 then warns that the table gets less
       * than its minimum height when it is given its natural size */
      gtk_label_set_wrap (GTK_LABEL (year_label), FALSE);
      gtk_label_set_wrap (GTK_LABEL (value_label), FALSE);
      gtk_label_set_xalign (GTK_LABEL (value_label), 1.0f);
      gtk_grid_attach (GTK_GRID (grid), year_label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), value_label, 1, i, 1, 1);
    }

  return grid;
}

/* The table is made the first time its expander opens: four series of
 * fourteen years are a third of the Overview's labels, and start-up
 * should not pay for them while they are folded away.
 *
 * The expander holds its child only while it is open. GTK 4.18 moves the
 * focus into a folded expander's child, which is in no window then, and
 * fails a critical assertion when Tab leaves the expander. */
static void
values_expanded_cb (GtkExpander *expander,
                    GParamSpec  *pspec,
                    gpointer     user_data)
{
  const AtlasSeries *series = user_data;
  GtkWidget *content = g_object_get_data (G_OBJECT (expander), "atlas-values");

  if (!gtk_expander_get_expanded (expander))
    {
      gtk_expander_set_child (expander, NULL);
      return;
    }

  if (gtk_widget_get_first_child (content) == NULL)
    gtk_box_append (GTK_BOX (content), values_table_new (series));
  gtk_expander_set_child (expander, content);
}

/* A full-screen slide of the statistic, in the presentation: the
 * window's action (AtlasPresentation), with the section and the item */
static GVariant *
present_target (AtlasStatistic *statistic)
{
  return g_variant_new ("(ss)", "overview", atlas_item_get_id (ATLAS_ITEM (statistic)));
}

/* Enter on a chart shows it full screen, as the button does */
static void
add_present_shortcut (GtkWidget      *chart,
                      AtlasStatistic *statistic)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                                                gtk_named_action_new ("win.present-item"));

      gtk_shortcut_set_arguments (shortcut, present_target (statistic));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }

  gtk_widget_add_controller (chart, controller);
  gtk_widget_set_focusable (chart, TRUE);
}

static GtkWidget *
present_button_new (AtlasStatistic    *statistic,
                    const AtlasSeries *series)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("view-fullscreen-symbolic");
  /* TRANSLATORS: what a screen reader says of the button under a chart on the Overview, whose tooltip is "Show Chart Full Screen"; %s is the chart's title: "Show Chart Full Screen: Internet users, persons" */
  g_autofree char *name = g_strdup_printf (_("Show Chart Full Screen: %s"), series->label);

  /* TRANSLATORS: the tooltip of the button under a chart on the Overview */
  gtk_widget_set_tooltip_text (button, _("Show Chart Full Screen"));
  atlas_widget_set_accessible_name (button, name);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.present-item");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), present_target (statistic));

  return button;
}

/* @series belongs to the page's profile, which outlives the page's widgets */
static void
add_series (GtkWidget         *box,
            AtlasStatistic    *statistic,
            const AtlasSeries *series,
            gboolean           first)
{
  GtkWidget *chart;
  GtkWidget *expander = gtk_expander_new (_("Values"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *source;
  g_autofree char *name = NULL;

  gtk_label_set_wrap (GTK_LABEL (gtk_expander_get_label_widget (GTK_EXPANDER (expander))), TRUE);
  gtk_widget_set_margin_start (content, 18);
  g_object_set_data_full (G_OBJECT (expander), "atlas-values", g_object_ref_sink (content), g_object_unref);
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (values_expanded_cb), (gpointer) series);

  /* TRANSLATORS: what a screen reader says of the expander under a chart; %s is the chart's title, "Internet users, persons" */
  name = g_strdup_printf (_("Values of %s"), series->label);
  atlas_widget_set_accessible_name (expander, name);

  /* The chart, its source, and the values as a table under an expander;
   * under the first, which the statistic's slide shows, a button to show
   * it full screen */
  atlas_item_box_add (box, series->label, "caption-heading");
  chart = atlas_chart_new ((AtlasSeries *) series);
  add_present_shortcut (chart, statistic);
  gtk_box_append (GTK_BOX (box), chart);
  if (first)
    gtk_box_append (GTK_BOX (box), present_button_new (statistic, series));
  atlas_item_box_add_source (box, series->source);
  gtk_box_append (GTK_BOX (box), expander);

  /* The chart's source is often the headline's, in the same card: say
   * which one this is */
  source = gtk_widget_get_prev_sibling (expander);
  if (GTK_IS_BUTTON (source))
    {
      g_autofree char *text = atlas_source_format (series->source);
      g_autofree char *source_name =
        /* TRANSLATORS: what a screen reader says of the source link under a chart: "Source: World Bank (CC BY 4.0), of the chart Internet users, persons, opens https://…" */
        g_strdup_printf (_("%s, of the chart %s, opens %s"), text, series->label, series->source->url);

      atlas_widget_set_accessible_name (source, source_name);
    }
}

/* Wrapping labels ask for the width of their whole text; cap that, so that
 * two cards fit side by side in a wide window and one in a narrow one. */
static void
limit_natural_width (GtkWidget *widget,
                     int        chars)
{
  if (GTK_IS_LABEL (widget))
    gtk_label_set_max_width_chars (GTK_LABEL (widget), chars);

  /* A link then wraps at the width of the card, not at @chars */
  if (GTK_IS_BUTTON (widget))
    gtk_widget_set_halign (widget, GTK_ALIGN_FILL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    limit_natural_width (child, chars);
}

static void
atlas_statistic_card_constructed (GObject *object)
{
  AtlasStatisticCard *self = ATLAS_STATISTIC_CARD (object);
  AtlasStatistic *statistic = self->statistic;
  GtkWidget *box = self->box;
  AtlasFigure *headline;
  AtlasFigure *secondary;
  GPtrArray *history;
  GPtrArray *series;
  g_autofree char *value = NULL;
  g_autofree char *context = NULL;
  g_autofree char *description = NULL;

  G_OBJECT_CLASS (atlas_statistic_card_parent_class)->constructed (object);

  g_return_if_fail (statistic != NULL && self->profile != NULL);

  headline = atlas_statistic_get_headline (statistic);
  secondary = atlas_statistic_get_secondary (statistic);
  history = atlas_statistic_get_history (statistic);
  series = atlas_statistic_get_series (statistic);
  value = atlas_format_figure_value (headline);
  context = atlas_figure_format_context (headline);

  gtk_label_set_text (self->label_label, atlas_item_get_title (ATLAS_ITEM (statistic)));
  atlas_language_tag_update (self->language_tag, self->profile, statistic, FALSE);
  gtk_label_set_text (self->figure_label, value);
  gtk_label_set_text (self->context_label, context != NULL ? context : "");
  gtk_widget_set_visible (GTK_WIDGET (self->context_label), context != NULL && context[0] != '\0');

  atlas_item_box_add_source (box, headline->source);

  if (secondary != NULL)
    add_figure_line (box, secondary);

  if (history->len > 0)
    {
      atlas_item_box_add (box, _("Earlier figures"), "caption-heading");
      for (guint i = 0; i < history->len; i++)
        add_figure_line (box, g_ptr_array_index (history, i));
    }

  atlas_item_box_add (box, atlas_item_get_description (ATLAS_ITEM (statistic)), "caption");

  for (guint i = 0; i < series->len; i++)
    add_series (box, statistic, g_ptr_array_index (series, i), i == 0);

  limit_natural_width (box, CARD_WIDTH_CHARS);

  /* TRANSLATORS: what a screen reader says of a statistic card: "Internet Users: 10,582,024, persons · 2020" */
  description = g_strdup_printf (_("%s: %s, %s"), atlas_item_get_title (ATLAS_ITEM (statistic)), value, context);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
atlas_statistic_card_dispose (GObject *object)
{
  AtlasStatisticCard *self = ATLAS_STATISTIC_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_STATISTIC_CARD);
  g_clear_object (&self->statistic);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (atlas_statistic_card_parent_class)->dispose (object);
}

static void
atlas_statistic_card_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasStatisticCard *self = ATLAS_STATISTIC_CARD (object);

  switch (prop_id)
    {
    case PROP_STATISTIC:
      g_value_set_object (value, self->statistic);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_statistic_card_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AtlasStatisticCard *self = ATLAS_STATISTIC_CARD (object);

  switch (prop_id)
    {
    case PROP_STATISTIC:
      self->statistic = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_statistic_card_class_init (AtlasStatisticCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_statistic_card_constructed;
  object_class->dispose = atlas_statistic_card_dispose;
  object_class->get_property = atlas_statistic_card_get_property;
  object_class->set_property = atlas_statistic_card_set_property;

  /**
   * AtlasStatisticCard:statistic:
   *
   * The statistic shown.
   */
  properties[PROP_STATISTIC] =
    g_param_spec_object ("statistic", NULL, NULL,
                         ATLAS_TYPE_STATISTIC,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasStatisticCard:profile:
   *
   * The profile of the statistic, which says which texts are
   * translations.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-statistic-card.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasStatisticCard, box);
  gtk_widget_class_bind_template_child (widget_class, AtlasStatisticCard, label_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStatisticCard, language_tag);
  gtk_widget_class_bind_template_child (widget_class, AtlasStatisticCard, figure_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasStatisticCard, context_label);
}

static void
atlas_statistic_card_init (AtlasStatisticCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_statistic_card_new (AtlasStatistic *statistic,
                          AtlasProfile   *profile)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC (statistic), NULL);
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_STATISTIC_CARD,
                       "statistic", statistic,
                       "profile", profile,
                       NULL);
}

/**
 * atlas_statistic_card_get_statistic:
 *
 * Returns: (transfer none): the statistic shown
 */
AtlasStatistic *
atlas_statistic_card_get_statistic (AtlasStatisticCard *self)
{
  g_return_val_if_fail (ATLAS_IS_STATISTIC_CARD (self), NULL);

  return self->statistic;
}
