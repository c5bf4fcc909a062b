/* atlas-overview-page.c: the first page: statistics, helpline, contents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-columns.h"
#include "atlas-format.h"
#include "atlas-overview-page.h"
#include "atlas-sections.h"
#include "atlas-statistic.h"
#include "atlas-statistic-card.h"
#include "atlas-page.h"
#include "atlas-widgets.h"

struct _AtlasOverviewPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkBox       *header_box;
  GtkBox       *helpline_box;
  AtlasColumns *statistics_box;
  GtkLabel     *statistics_note;
  GtkListBox   *contents_list;

  /* owned references */
  AtlasProfile *profile;
  GHashTable   *cards;  /* id of a statistic → its card */
};

static void atlas_overview_page_page_iface_init (AtlasPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasOverviewPage, atlas_overview_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (ATLAS_TYPE_PAGE, atlas_overview_page_page_iface_init))

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fill_header (AtlasOverviewPage *self)
{
  GtkWidget *box = GTK_WIDGET (self->header_box);
  const char *publisher = atlas_profile_get_edition_publisher (self->profile);
  g_autofree char *year = g_strdup_printf ("%d", atlas_profile_get_edition_year (self->profile));
  g_autofree char *edition = NULL;

  edition = publisher != NULL
    ? g_strjoin (" · ", atlas_profile_get_edition_title (self->profile), publisher, year, NULL)
    : g_strjoin (" · ", atlas_profile_get_edition_title (self->profile), year, NULL);

  atlas_item_box_add (box, atlas_profile_get_country_name (self->profile), "title-1");
  atlas_item_box_add (box, edition, "dim-label");
  atlas_item_box_add (box, atlas_profile_get_edition_note (self->profile), "dim-label");
  atlas_item_box_add_texts_language_tag (box, self->profile,
                                         atlas_profile_get_country_name (self->profile),
                                         atlas_profile_get_edition_note (self->profile));
  {
    g_autofree char *notes = atlas_profile_format_notes_summary (self->profile);

    atlas_item_box_add (box, notes, "heading");
  }

  /* The first page says once why some items carry a language tag (a
   * newer edition, another country's profile) */
  if (!g_str_equal (atlas_profile_get_language (self->profile), "en") &&
      atlas_profile_get_n_untranslated (self->profile) > 0)
    {
      g_autofree char *untranslated =
        /* TRANSLATORS: on the Overview of a profile whose texts are not all translated; %s is the tag, "English" */
        g_strdup_printf (_("Some texts of this profile are not translated yet: they are shown in English, tagged “%s”."),
                         C_("language tag", "English"));

      atlas_item_box_add (box, untranslated, "dim-label");
    }
}

static void
fill_helpline (AtlasOverviewPage *self)
{
  AtlasHelpline *helpline = atlas_profile_get_helpline (self->profile);
  GtkWidget *box = GTK_WIDGET (self->helpline_box);
  g_autoptr(GStrvBuilder) facts_builder = g_strv_builder_new ();
  g_auto(GStrv) facts = NULL;
  g_autofree char *facts_text = NULL;
  g_autofree char *number = NULL;
  g_autofree char *description = NULL;
  const char * const *channels;

  if (helpline == NULL)
    return;

  if (atlas_helpline_get_cost (helpline) != NULL)
    g_strv_builder_add (facts_builder, atlas_helpline_get_cost (helpline));
  if (atlas_helpline_get_hours (helpline) != NULL)
    g_strv_builder_add (facts_builder, atlas_helpline_get_hours (helpline));
  channels = atlas_helpline_get_channels (helpline);
  if (channels != NULL && channels[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) channels);
      g_strv_builder_add (facts_builder, joined);
    }
  facts = g_strv_builder_end (facts_builder);
  facts_text = g_strjoinv (" · ", facts);

  number = atlas_helpline_format_number (helpline);
  description = atlas_helpline_format_description (helpline);

  atlas_item_box_add (box, _("Need help? Call, chat or write"), "heading");
  atlas_item_box_add (box, number, "atlas-figure");
  atlas_item_box_add (box, atlas_helpline_get_name (helpline), "title-4");
  atlas_item_box_add_language_tag (box, self->profile, helpline, FALSE);
  if (facts_text[0] != '\0')
    atlas_item_box_add (box, facts_text, "dim-label");
  atlas_item_box_add (box, description, "body");

  if (atlas_helpline_get_url (helpline) != NULL)
    gtk_box_append (GTK_BOX (box),
                    atlas_link_button_new (_("Visit Website"), atlas_helpline_get_url (helpline)));
  atlas_item_box_add_source (box, atlas_helpline_get_source (helpline));

  gtk_widget_set_visible (box, TRUE);
}

static void
fill_contents (AtlasOverviewPage *self)
{
  for (AtlasSection section = ATLAS_SECTION_EDUCATION; section < ATLAS_N_SECTIONS; section++)
    {
      GListModel *model = atlas_profile_get_section_model (self->profile, section);
      g_autofree char *count = atlas_section_format_count (section, g_list_model_get_n_items (model));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), atlas_section_get_title (section));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), count);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (atlas_section_get_icon_name (section)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-section");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                              g_variant_new_string (atlas_section_get_name (section)));
      gtk_list_box_append (self->contents_list, row);
    }
}

static void
atlas_overview_page_constructed (GObject *object)
{
  AtlasOverviewPage *self = ATLAS_OVERVIEW_PAGE (object);
  GListModel *statistics;
  const char *note;

  G_OBJECT_CLASS (atlas_overview_page_parent_class)->constructed (object);

  g_return_if_fail (self->profile != NULL);

  fill_header (self);
  fill_helpline (self);

  statistics = atlas_profile_get_statistics (self->profile);
  for (guint i = 0; i < g_list_model_get_n_items (statistics); i++)
    {
      g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (statistics, i);

      GtkWidget *card = atlas_statistic_card_new (statistic, self->profile);

      atlas_columns_append (self->statistics_box, card);
      g_hash_table_insert (self->cards, g_strdup (atlas_item_get_id (ATLAS_ITEM (statistic))), card);
    }

  note = atlas_profile_get_statistics_note (self->profile);
  if (note != NULL)
    {
      /* TRANSLATORS: the footnote of the original GRID page, quoted */
      g_autofree char *text = g_strdup_printf (_("Footnote of the original page: “%s”"), note);
      gtk_label_set_text (self->statistics_note, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->statistics_note), note != NULL);
  {
    GtkWidget *tag = atlas_language_tag_new_for (self->profile, note, FALSE);

    if (tag != NULL)
      gtk_widget_insert_after (tag, gtk_widget_get_parent (GTK_WIDGET (self->statistics_note)),
                               GTK_WIDGET (self->statistics_note));
  }

  fill_contents (self);
}

static void
atlas_overview_page_dispose (GObject *object)
{
  AtlasOverviewPage *self = ATLAS_OVERVIEW_PAGE (object);

  g_clear_object (&self->profile);
  g_clear_pointer (&self->cards, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_overview_page_parent_class)->dispose (object);
}

static void
atlas_overview_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasOverviewPage *self = ATLAS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_overview_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AtlasOverviewPage *self = ATLAS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
atlas_overview_page_page_focus_item (AtlasPage  *page,
                                    const char *id)
{
  return atlas_overview_page_focus_item (ATLAS_OVERVIEW_PAGE (page), id);
}

static GtkAdjustment *
atlas_overview_page_get_vadjustment (AtlasPage *page)
{
  return gtk_scrolled_window_get_vadjustment (ATLAS_OVERVIEW_PAGE (page)->scrolled_window);
}

static void
atlas_overview_page_page_iface_init (AtlasPageInterface *iface)
{
  iface->focus_item = atlas_overview_page_page_focus_item;
  iface->get_vadjustment = atlas_overview_page_get_vadjustment;
}

static void
atlas_overview_page_class_init (AtlasOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_overview_page_constructed;
  object_class->dispose = atlas_overview_page_dispose;
  object_class->get_property = atlas_overview_page_get_property;
  object_class->set_property = atlas_overview_page_set_property;

  /**
   * AtlasOverviewPage:profile:
   *
   * The profile the page introduces.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATLAS_TYPE_COLUMNS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasOverviewPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, AtlasOverviewPage, header_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasOverviewPage, helpline_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasOverviewPage, statistics_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasOverviewPage, statistics_note);
  gtk_widget_class_bind_template_child (widget_class, AtlasOverviewPage, contents_list);
}

static void
atlas_overview_page_init (AtlasOverviewPage *self)
{
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_overview_page_new (AtlasProfile *profile)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_OVERVIEW_PAGE,
                       "profile", profile,
                       NULL);
}

/**
 * atlas_overview_page_focus_item:
 * @id: the id of a statistic, or "helpline"
 *
 * Scrolls to the statistic's card, or to the helpline, and gives it the
 * keyboard focus.
 *
 * Returns: whether the page shows the item
 */
gboolean
atlas_overview_page_focus_item (AtlasOverviewPage *self,
                                const char        *id)
{
  GtkWidget *card;

  g_return_val_if_fail (ATLAS_IS_OVERVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (g_strcmp0 (id, "helpline") == 0 && gtk_widget_get_visible (GTK_WIDGET (self->helpline_box)))
    card = GTK_WIDGET (self->helpline_box);
  else
    card = g_hash_table_lookup (self->cards, id);

  if (card == NULL)
    return FALSE;

  atlas_widget_show_found (card);
  return TRUE;
}
