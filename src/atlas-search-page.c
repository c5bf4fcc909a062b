/* atlas-search-page.c: the results of a search of the whole profile
 *
 * The results are grouped by section, each group a boxed list under a
 * heading with its count; a group shows its first results, and Research,
 * which can hold thousands, offers its own filtered list for the rest.
 * The words found are in bold: the markup is built from escaped text
 * (atlas_text_highlight()), so nothing of the data is read as markup.
 * Under its title, a result shows why it matched: the part of its text
 * around the first match (atlas_search_index_get_snippet()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-search-page"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-search-index.h"
#include "atlas-note.h"
#include "atlas-search-page.h"
#include "atlas-sections.h"
#include "atlas-text.h"
#include "atlas-page.h"
#include "atlas-widgets.h"

/* Results shown per section; the rest are counted */
#define MAX_ROWS_PER_SECTION 20

struct _AtlasSearchPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkStack          *stack;
  GtkLabel          *count_label;
  GtkBox            *results_box;

  /* owned references */
  AtlasProfile     *profile;
  AtlasSearchIndex *index;  /* made at the first query */
  char             *query;
  char             *folded_query;  /* for highlighting */

  GtkWidget *first_row;
  guint      n_results;
};

static void atlas_search_page_page_iface_init (AtlasPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasSearchPage, atlas_search_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (ATLAS_TYPE_PAGE, atlas_search_page_page_iface_init))

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_QUERY,
  PROP_N_RESULTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_results (AtlasSearchPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_box))) != NULL)
    gtk_box_remove (self->results_box, child);

  self->first_row = NULL;
}

static GtkWidget *
create_result_row (AtlasSearchPage *self,
                   guint            item)
{
  AtlasSection section = atlas_search_index_get_section (self->index, item);
  g_autofree char *detail = atlas_search_index_get_snippet (self->index, item, self->folded_query);
  g_autofree char *title = atlas_text_highlight (atlas_search_index_get_title (self->index, item), self->folded_query);
  g_autofree char *subtitle = detail != NULL ? atlas_text_highlight (detail, self->folded_query) : NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Both are markup made from escaped text */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  /* An item whose text changed since the edition says so in the list
   * too: "Changed in 2022", the tag of its newest note */
  {
    AtlasNote *newest = atlas_notes_find_newest (atlas_search_index_get_notes (self->index, item));

    if (newest != NULL)
      {
        g_autofree char *text = atlas_note_format_tag (newest);
        GtkWidget *tag;

        tag = gtk_label_new (text);
        gtk_widget_add_css_class (tag, "atlas-tag");
        gtk_widget_add_css_class (tag, "atlas-note-tag");
        gtk_widget_add_css_class (tag, atlas_note_get_kind (newest) == ATLAS_NOTE_KIND_CORRECTION ? "correction" : "update");
        gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
      }
  }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  /* A screen reader reads the text, not the markup, and only once: the
   * row is also labelled by its title label (atlas-widgets.c) */
  atlas_widget_set_accessible_name (row, atlas_search_index_get_title (self->index, item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail != NULL ? detail : "",
                                  -1);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-item");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)",
                                    atlas_section_get_name (section),
                                    atlas_search_index_get_id (self->index, item));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/* The row under a section's results when not all are shown */
static GtkWidget *
create_more_row (AtlasSearchPage *self,
                 AtlasSection     section,
                 guint            n_more)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;

  if (section == ATLAS_SECTION_RESEARCH)
    {
      /* TRANSLATORS: the last row of the Research results of a search */
      title = g_strdup_printf (ngettext ("Show %u more publication in Research",
                                         "Show all %u more publications in Research", n_more), n_more);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.filter-research");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", self->query);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  else
    {
      /* TRANSLATORS: the last row of a section's results of a search */
      title = g_strdup_printf (ngettext ("%u more: add a word to narrow the search",
                                         "%u more: add a word to narrow the search", n_more), n_more);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "dim-label");
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static void
add_group (AtlasSearchPage *self,
           AtlasSection     section,
           GArray          *results,
           guint            first,
           guint            n)
{
  g_autofree char *heading_text = NULL;
  GtkWidget *heading;
  GtkWidget *list;

  /* TRANSLATORS: the heading of a section's search results: "Research · 12" */
  heading_text = g_strdup_printf (_("%s · %u"), atlas_section_get_title (section), n);
  heading = gtk_label_new (heading_text);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);

  list = gtk_list_box_new ();
  gtk_widget_set_name (list, atlas_section_get_name (section));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                  -1);

  for (guint i = first; i < first + MIN (n, MAX_ROWS_PER_SECTION); i++)
    {
      GtkWidget *row = create_result_row (self, g_array_index (results, guint, i));

      gtk_list_box_append (GTK_LIST_BOX (list), row);
      if (self->first_row == NULL)
        self->first_row = row;
    }

  if (n > MAX_ROWS_PER_SECTION)
    gtk_list_box_append (GTK_LIST_BOX (list), create_more_row (self, section, n - MAX_ROWS_PER_SECTION));

  gtk_box_append (self->results_box, heading);
  gtk_box_append (self->results_box, list);
}

static void
update_results (AtlasSearchPage *self)
{
  g_autoptr(GArray) results = NULL;
  g_autofree char *count = NULL;
  guint n_sections = 0;

  clear_results (self);
  self->n_results = 0;

  if (self->query[0] == '\0' || self->profile == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "start");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RESULTS]);
      return;
    }

  if (self->index == NULL)
    self->index = atlas_search_index_new (self->profile);

  results = atlas_search_index_query (self->index, self->query);
  self->n_results = results->len;

  /* The results come in the order of the sections */
  for (guint i = 0; i < results->len; )
    {
      AtlasSection section = atlas_search_index_get_section (self->index, g_array_index (results, guint, i));
      guint j = i;

      while (j < results->len &&
             atlas_search_index_get_section (self->index, g_array_index (results, guint, j)) == section)
        j++;

      add_group (self, section, results, i, j - i);
      n_sections++;
      i = j;
    }

  /* TRANSLATORS: above the results of a search: "12 results in 4 sections" */
  count = g_strdup_printf (ngettext ("%u result", "%u results", results->len), results->len);
  if (n_sections > 1)
    {
      g_autofree char *in_sections =
        g_strdup_printf (ngettext ("%s in %u section", "%s in %u sections", n_sections), count, n_sections);
      gtk_label_set_text (self->count_label, in_sections);
    }
  else
    gtk_label_set_text (self->count_label, count);

  gtk_stack_set_visible_child_name (self->stack, results->len > 0 ? "results" : "empty");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RESULTS]);
}

static void
atlas_search_page_finalize (GObject *object)
{
  AtlasSearchPage *self = ATLAS_SEARCH_PAGE (object);

  g_clear_object (&self->index);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->folded_query, g_free);

  G_OBJECT_CLASS (atlas_search_page_parent_class)->finalize (object);
}

static void
atlas_search_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasSearchPage *self = ATLAS_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_N_RESULTS:
      g_value_set_uint (value, self->n_results);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasSearchPage *self = ATLAS_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    case PROP_QUERY:
      atlas_search_page_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GtkAdjustment *
atlas_search_page_get_vadjustment (AtlasPage *page)
{
  return gtk_scrolled_window_get_vadjustment (ATLAS_SEARCH_PAGE (page)->scrolled_window);
}

static void
atlas_search_page_page_iface_init (AtlasPageInterface *iface)
{
  iface->get_vadjustment = atlas_search_page_get_vadjustment;
}

static void
atlas_search_page_class_init (AtlasSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = atlas_search_page_finalize;
  object_class->get_property = atlas_search_page_get_property;
  object_class->set_property = atlas_search_page_set_property;

  /**
   * AtlasSearchPage:profile:
   *
   * The profile searched.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSearchPage:query:
   *
   * What the user typed.
   */
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSearchPage:n-results:
   *
   * How many items match the query, shown or not.
   */
  properties[PROP_N_RESULTS] =
    g_param_spec_uint ("n-results", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/onlinesafetyatlas/Atlas/ui/atlas-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchPage, results_box);
}

static void
atlas_search_page_init (AtlasSearchPage *self)
{
  self->query = g_strdup ("");
  self->folded_query = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_search_page_new (AtlasProfile *profile)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_SEARCH_PAGE,
                       "profile", profile,
                       NULL);
}

const char *
atlas_search_page_get_query (AtlasSearchPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_PAGE (self), NULL);

  return self->query;
}

/**
 * atlas_search_page_set_query:
 * @query: what the user typed
 *
 * Shows the items that match @query, grouped by section. The profile is
 * indexed once, at the first query.
 */
void
atlas_search_page_set_query (AtlasSearchPage *self,
                             const char      *query)
{
  g_return_if_fail (ATLAS_IS_SEARCH_PAGE (self));

  if (query == NULL)
    query = "";

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  g_free (self->folded_query);
  self->folded_query = atlas_text_fold (query);
  update_results (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

guint
atlas_search_page_get_n_results (AtlasSearchPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_PAGE (self), 0);

  return self->n_results;
}

/**
 * atlas_search_page_activate_first:
 *
 * Opens the first result, as Enter in the search entry does.
 *
 * Returns: whether there was one
 */
gboolean
atlas_search_page_activate_first (AtlasSearchPage *self)
{
  const char *action;
  GVariant *target;

  g_return_val_if_fail (ATLAS_IS_SEARCH_PAGE (self), FALSE);

  if (self->first_row == NULL)
    return FALSE;

  action = gtk_actionable_get_action_name (GTK_ACTIONABLE (self->first_row));
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (self->first_row));

  return gtk_widget_activate_action_variant (self->first_row, action, target);
}

/**
 * atlas_search_page_focus_first:
 *
 * Moves the keyboard focus to the first result, as Down in the search
 * entry does, so that the arrows go through the results.
 *
 * Returns: whether there was one
 */
gboolean
atlas_search_page_focus_first (AtlasSearchPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_PAGE (self), FALSE);

  return self->first_row != NULL && gtk_widget_grab_focus (self->first_row);
}
