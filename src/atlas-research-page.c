/* atlas-research-page.c: the publications of a profile
 *
 * A GtkListView: row widgets are made for what is on screen and recycled,
 * so a profile of 100,000 publications scrolls as lightly as 31.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-research-page"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-format.h"
#include "atlas-publication.h"
#include "atlas-research-page.h"
#include "atlas-sections.h"
#include "atlas-widgets.h"

struct _AtlasResearchPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkLabel       *count_label;
  GtkListView    *list_view;
  GtkNoSelection *selection;

  /* owned references */
  AtlasProfile   *profile;
};

G_DEFINE_FINAL_TYPE (AtlasResearchPage, atlas_research_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The labels of a row, in order */
enum {
  ROW_TITLE,
  ROW_META,
  ROW_SUMMARY,
  N_ROW_LABELS
};

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *box = atlas_item_box_new ();
  static const char * const classes[N_ROW_LABELS] = { "heading", "atlas-date", "body" };

  for (guint i = 0; i < N_ROW_LABELS; i++)
    gtk_box_append (GTK_BOX (box), atlas_text_new (NULL, classes[i]));

  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  AtlasPublication *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *meta = gtk_widget_get_next_sibling (title);
  GtkWidget *summary = gtk_widget_get_next_sibling (meta);
  g_autofree char *authors = NULL;
  g_autofree char *meta_text = NULL;

  authors = atlas_format_authors (atlas_publication_get_authors (item),
                                  atlas_publication_get_contributors (item));
  if (authors != NULL)
    meta_text = g_strdup_printf ("%d · %s", atlas_publication_get_year (item), authors);
  else
    /* TRANSLATORS: a publication whose authors the source does not name: "2009 · Authors not named" */
    meta_text = g_strdup_printf (_("%d · Authors not named"), atlas_publication_get_year (item));

  gtk_label_set_text (GTK_LABEL (title), atlas_publication_get_title (item));
  gtk_label_set_text (GTK_LABEL (meta), meta_text);
  gtk_label_set_text (GTK_LABEL (summary), atlas_publication_get_summary (item));

  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, atlas_publication_get_title (item),
                                  -1);
}

static void
atlas_research_page_constructed (GObject *object)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (object);
  GListModel *model;
  g_autofree char *count = NULL;

  G_OBJECT_CLASS (atlas_research_page_parent_class)->constructed (object);

  g_return_if_fail (self->profile != NULL);

  model = atlas_profile_get_research (self->profile);
  gtk_no_selection_set_model (self->selection, model);

  count = atlas_section_format_count (ATLAS_SECTION_RESEARCH, g_list_model_get_n_items (model));
  gtk_label_set_text (self->count_label, count);
}

static void
atlas_research_page_dispose (GObject *object)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (object);

  g_clear_object (&self->profile);

  G_OBJECT_CLASS (atlas_research_page_parent_class)->dispose (object);
}

static void
atlas_research_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (object);

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
atlas_research_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_research_page_class_init (AtlasResearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_research_page_constructed;
  object_class->dispose = atlas_research_page_dispose;
  object_class->get_property = atlas_research_page_get_property;
  object_class->set_property = atlas_research_page_set_property;

  /**
   * AtlasResearchPage:profile:
   *
   * The profile whose publications the page lists.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-research-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, setup_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_item_cb);
}

static void
atlas_research_page_init (AtlasResearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_research_page_new (AtlasProfile *profile)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_RESEARCH_PAGE,
                       "profile", profile,
                       NULL);
}

/**
 * atlas_research_page_get_list_view:
 *
 * Returns: (transfer none): the list of publications
 */
GtkListView *
atlas_research_page_get_list_view (AtlasResearchPage *self)
{
  g_return_val_if_fail (ATLAS_IS_RESEARCH_PAGE (self), NULL);

  return self->list_view;
}
