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
#include <string.h>

#include "atlas-citation.h"
#include "atlas-format.h"
#include "atlas-publication.h"
#include "atlas-publication-row.h"
#include "atlas-research-page.h"
#include "atlas-save.h"
#include "atlas-sections.h"
#include "atlas-text.h"
#include "atlas-page.h"
#include "atlas-widgets.h"

struct _AtlasResearchPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkLabel       *count_label;
  GtkSearchEntry *search_entry;
  GtkDropDown    *order_dropdown;
  GtkMenuButton  *export_button;
  GtkButton      *clear_button;
  GtkAdjustment  *from_adjustment;
  GtkAdjustment  *to_adjustment;
  GtkStack       *results_stack;
  GtkListView    *list_view;
  GtkNoSelection *selection;

  /* owned references */
  AtlasProfile       *profile;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GHashTable         *expanded;     /* ids of publications whose summary is open */
  char               *folded_query;
  int                 from_year;    /* the range the filter last used */
  int                 to_year;
  char               *focus_id;     /* a publication to focus once shown */
};

static void atlas_research_page_page_iface_init (AtlasPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasResearchPage, atlas_research_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (ATLAS_TYPE_PAGE, atlas_research_page_page_iface_init))

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_publication (gpointer item,
                    gpointer user_data)
{
  AtlasResearchPage *self = user_data;

  return atlas_publication_matches (item, self->folded_query, self->from_year, self->to_year);
}

static int
compare_publications (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  AtlasResearchPage *self = user_data;

  return atlas_publication_compare ((AtlasPublication *) a, (AtlasPublication *) b,
                                    gtk_drop_down_get_selected (self->order_dropdown));
}

static void
update_count (AtlasResearchPage *self)
{
  guint total = g_list_model_get_n_items (atlas_profile_get_research (self->profile));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  g_autofree char *count = atlas_section_format_shown_count (ATLAS_SECTION_RESEARCH, total, shown);

  gtk_label_set_text (self->count_label, count);

  gtk_stack_set_visible_child_name (self->results_stack, shown > 0 ? "results" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "research.export", shown > 0);
}

static void
filter_changed_cb (AtlasResearchPage *self)
{
  /* Signals of the template, before the models exist */
  if (self->filtered == NULL)
    return;

  g_autofree char *query = atlas_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  int from = (int) gtk_adjustment_get_value (self->from_adjustment);
  int to = (int) gtk_adjustment_get_value (self->to_adjustment);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  /* Typing on only narrows what matched, deleting only widens it: then
   * the list checks only the items it shows, or only those it hides */
  if (g_str_has_prefix (query, self->folded_query) && from >= self->from_year && to <= self->to_year)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (self->folded_query, query) && from <= self->from_year && to >= self->to_year)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->folded_query);
  self->folded_query = g_steal_pointer (&query);
  self->from_year = from;
  self->to_year = to;

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), change);
  update_count (self);
}

static void
order_changed_cb (AtlasResearchPage *self)
{
  if (self->sorted == NULL)
    return;

  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
clear_filters (AtlasResearchPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_adjustment_set_value (self->from_adjustment, gtk_adjustment_get_lower (self->from_adjustment));
  gtk_adjustment_set_value (self->to_adjustment, gtk_adjustment_get_upper (self->to_adjustment));
  filter_changed_cb (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (widget);

  clear_filters (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
citation_copied_cb (AtlasResearchPage *self)
{
  atlas_page_toast (ATLAS_PAGE (self), _("Citation copied"));
}

/* Which summaries are open is the page's: rows are recycled */
static void
row_expanded_cb (AtlasPublicationRow *row,
                 GParamSpec          *pspec,
                 AtlasResearchPage   *self)
{
  AtlasPublication *item = atlas_publication_row_get_publication (row);

  if (item == NULL)
    return;

  if (atlas_publication_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (atlas_item_get_id (ATLAS_ITEM (item))));
  else
    g_hash_table_remove (self->expanded, atlas_item_get_id (ATLAS_ITEM (item)));
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               AtlasResearchPage        *self)
{
  GtkWidget *row = atlas_publication_row_new (self->profile);

  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (row_expanded_cb), self, 0);
  g_signal_connect_object (row, "citation-copied", G_CALLBACK (citation_copied_cb), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              AtlasResearchPage        *self)
{
  AtlasPublication *item = gtk_list_item_get_item (list_item);
  AtlasPublicationRow *row = ATLAS_PUBLICATION_ROW (gtk_list_item_get_child (list_item));

  atlas_publication_row_set_publication (row, item);
  atlas_publication_row_set_expanded (row, g_hash_table_contains (self->expanded, atlas_item_get_id (ATLAS_ITEM (item))));

  /* The row is what the list's keyboard navigation focuses, and what a
   * screen reader names: the list view's row widget, not the one inside */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (row))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, atlas_item_get_title (ATLAS_ITEM (item)),
                                  -1);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AtlasResearchPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (atlas_save_bytes_finish (G_FILE (object), result, &error))
    {
      g_autofree char *name = g_file_get_basename (G_FILE (object));
      /* TRANSLATORS: after saving a bibliography: "Saved belgium-research.bib" */
      message = g_strdup_printf (_("Saved %s"), name);
    }
  else
    message = g_strdup_printf (_("The bibliography could not be saved: %s"), error->message);

  atlas_page_toast (ATLAS_PAGE (self), message);
}

/**
 * atlas_research_page_export:
 * @format: "bibtex" or "ris"
 * @file: where to save
 *
 * Saves the publications shown (filtered and sorted) to @file, and reports
 * the result in a toast.
 */
void
atlas_research_page_export (AtlasResearchPage *self,
                            const char        *format,
                            GFile             *file)
{
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_if_fail (ATLAS_IS_RESEARCH_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (g_strcmp0 (format, "ris") == 0)
    text = atlas_citation_format_ris (G_LIST_MODEL (self->sorted));
  else
    text = atlas_citation_format_bibtex (G_LIST_MODEL (self->sorted));

  bytes = g_bytes_new_take (text, strlen (text));
  atlas_save_bytes_async (file, bytes, NULL, export_done_cb, g_object_ref (self));
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(AtlasResearchPage) self = user_data;  /* kept alive while the dialog was open */

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      const char *format = g_object_get_data (G_OBJECT (dialog), "format");

      atlas_research_page_export (self, format, file);
    }

  g_object_unref (dialog);
}

static char *
export_file_name (AtlasResearchPage *self,
                  const char        *extension)
{
  g_autofree char *country = g_ascii_strdown (atlas_profile_get_country_code (self->profile), -1);

  /* TRANSLATORS: the name offered for an exported bibliography: "be-research"; keep it a plain file name */
  return g_strdup_printf ("%s-%s.%s", country, _("research"), extension);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  gboolean ris = g_strcmp0 (format, "ris") == 0;
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = export_file_name (self, ris ? "ris" : "bib");
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (ris ? _("Export Bibliography as RIS") : _("Export Bibliography as BibTeX"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, ris ? _("RIS files") : _("BibTeX files"));
  gtk_file_filter_add_pattern (filter, ris ? "*.ris" : "*.bib");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data_full (G_OBJECT (dialog), "format", g_strdup (ris ? "ris" : "bibtex"), g_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
atlas_research_page_constructed (GObject *object)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (object);
  GListModel *model;
  int first = 0, last = 0;

  G_OBJECT_CLASS (atlas_research_page_parent_class)->constructed (object);

  g_return_if_fail (self->profile != NULL);

  model = atlas_profile_get_research (self->profile);

  /* The year range covers the publications of the profile */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasPublication) item = g_list_model_get_item (model, i);
      int year = atlas_item_get_year (ATLAS_ITEM (item));

      first = first == 0 ? year : MIN (first, year);
      last = MAX (last, year);
    }
  if (first != 0)
    {
      gtk_adjustment_configure (self->from_adjustment, first, first, last, 1, 5, 0);
      gtk_adjustment_configure (self->to_adjustment, last, first, last, 1, 5, 0);
    }

  self->filtered = gtk_filter_list_model_new (g_object_ref (model),
                                              GTK_FILTER (gtk_custom_filter_new (filter_publication, self, NULL)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          GTK_SORTER (gtk_custom_sorter_new (compare_publications, self, NULL)));
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->sorted));

  update_count (self);
}

static void
atlas_research_page_dispose (GObject *object)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (object);

  /* The view refers to the models, whose filter and sorter refer to self */
  if (self->selection != NULL)
    gtk_no_selection_set_model (self->selection, NULL);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (atlas_research_page_parent_class)->dispose (object);
}

static void
atlas_research_page_finalize (GObject *object)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (object);

  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_free (self->folded_query);
  g_free (self->focus_id);

  G_OBJECT_CLASS (atlas_research_page_parent_class)->finalize (object);
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

static gboolean
atlas_research_page_page_focus_item (AtlasPage  *page,
                                    const char *id)
{
  return atlas_research_page_focus_item (ATLAS_RESEARCH_PAGE (page), id);
}

static GtkAdjustment *
atlas_research_page_get_vadjustment (AtlasPage *page)
{
  return gtk_scrolled_window_get_vadjustment (ATLAS_RESEARCH_PAGE (page)->scrolled_window);
}

static GListModel *
atlas_research_page_page_get_shown_items (AtlasPage *page)
{
  return atlas_research_page_get_shown_items (ATLAS_RESEARCH_PAGE (page));
}

/* The list view's children are its rows, each holding a publication row */
static const char *
atlas_research_page_get_item_at_top (AtlasPage *page)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (page);
  GtkWidget *child = atlas_page_find_top_child (GTK_WIDGET (self->scrolled_window), GTK_WIDGET (self->list_view));
  GtkWidget *row = child != NULL ? gtk_widget_get_first_child (child) : NULL;
  AtlasPublication *publication = ATLAS_IS_PUBLICATION_ROW (row) ? atlas_publication_row_get_publication (ATLAS_PUBLICATION_ROW (row)) : NULL;

  return publication != NULL ? atlas_item_get_id (ATLAS_ITEM (publication)) : NULL;
}

static void
atlas_research_page_page_iface_init (AtlasPageInterface *iface)
{
  iface->focus_item = atlas_research_page_page_focus_item;
  iface->get_vadjustment = atlas_research_page_get_vadjustment;
  iface->get_shown_items = atlas_research_page_page_get_shown_items;
  iface->get_item_at_top = atlas_research_page_get_item_at_top;
}

static void
atlas_research_page_class_init (AtlasResearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_research_page_constructed;
  object_class->dispose = atlas_research_page_dispose;
  object_class->finalize = atlas_research_page_finalize;
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
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, from_adjustment);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, to_adjustment);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasResearchPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, order_changed_cb);

  gtk_widget_class_install_action (widget_class, "research.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "research.export", "s", export_action);
}

static void
atlas_research_page_init (AtlasResearchPage *self)
{
  GtkListItemFactory *factory;

  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->folded_query = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Names for screen readers that a template cannot give (atlas-widgets.c) */
  atlas_widget_name_inner_button (GTK_WIDGET (self->order_dropdown));
  atlas_widget_name_inner_button (GTK_WIDGET (self->export_button));
  atlas_popover_menu_name_items (GTK_WIDGET (gtk_menu_button_get_popover (self->export_button)));
  atlas_button_name_from_label (GTK_WIDGET (self->clear_button));

  /* The factory's callbacks need the page, which a template cannot pass */
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
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
 * atlas_research_page_set_filter:
 * @text: the words to look for
 *
 * Filters the publications as typing @text in the filter entry does.
 */
void
atlas_research_page_set_filter (AtlasResearchPage *self,
                                const char        *text)
{
  g_return_if_fail (ATLAS_IS_RESEARCH_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  filter_changed_cb (self);
}

/**
 * atlas_research_page_get_shown_items:
 *
 * Returns: (transfer none): the publications shown, filtered and sorted
 */
GListModel *
atlas_research_page_get_shown_items (AtlasResearchPage *self)
{
  g_return_val_if_fail (ATLAS_IS_RESEARCH_PAGE (self), NULL);

  return G_LIST_MODEL (self->sorted);
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

/* After the list has scrolled and made the rows around the publication:
 * focus the row that shows it */
static gboolean
focus_pending_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  AtlasResearchPage *self = ATLAS_RESEARCH_PAGE (user_data);
  g_autofree char *id = g_steal_pointer (&self->focus_id);

  if (id == NULL)
    return G_SOURCE_REMOVE;

  for (GtkWidget *row = gtk_widget_get_first_child (widget);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);
      AtlasPublication *item = ATLAS_IS_PUBLICATION_ROW (child)
        ? atlas_publication_row_get_publication (ATLAS_PUBLICATION_ROW (child)) : NULL;

      if (item != NULL && gtk_widget_get_mapped (row) &&
          g_strcmp0 (atlas_item_get_id (ATLAS_ITEM (item)), id) == 0)
        {
          atlas_widget_show_found (row);
          break;
        }
    }

  return G_SOURCE_REMOVE;
}

/**
 * atlas_research_page_focus_item:
 * @id: the id of a publication
 *
 * Shows every publication again if the filters hide @id, scrolls to it
 * and, once its row is made, gives that row the keyboard focus.
 *
 * Returns: whether the page has the publication
 */
gboolean
atlas_research_page_focus_item (AtlasResearchPage *self,
                                const char        *id)
{
  GListModel *model;

  g_return_val_if_fail (ATLAS_IS_RESEARCH_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  model = G_LIST_MODEL (self->sorted);

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AtlasPublication) item = g_list_model_get_item (model, i);

          if (g_strcmp0 (atlas_item_get_id (ATLAS_ITEM (item)), id) != 0)
            continue;

          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          g_free (self->focus_id);
          self->focus_id = g_strdup (id);
          gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), focus_pending_cb,
                                        g_object_ref (self), g_object_unref);
          return TRUE;
        }

      /* Not shown: clear the filters and look once more */
      clear_filters (self);
    }

  return FALSE;
}
