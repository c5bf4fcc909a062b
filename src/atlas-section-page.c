/* atlas-section-page.c: a page listing the items of one section
 *
 * Education, Law Enforcement, Organizations, Legislation and Timeline are
 * short lists: each item is a row of a boxed list with all of its text,
 * wrapped, never cut (atlas-item-row.c). The page filters them by a
 * facet, sorts them by year, and says how many there are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-section-page"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-organization.h"
#include "atlas-section-page.h"
#include "atlas-item-row.h"
#include "atlas-note-view.h"
#include "atlas-sections.h"
#include "atlas-page.h"
#include "atlas-widgets.h"

struct _AtlasSectionPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkStack        *stack;
  GtkLabel        *title_label;
  GtkLabel        *count_label;
  GtkBox          *intro_box;
  GtkBox          *controls_box;
  GtkDropDown     *facet_dropdown;
  GtkStringList   *facet_labels;
  GtkToggleButton *order_button;
  GtkListBox      *list;

  /* owned references */
  AtlasProfile       *profile;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GArray             *facet_values;  /* int: the facet of each dropdown entry after "All" */
  AtlasContext       *context;

  AtlasSection  section;
  gboolean      classroom_safe;
};

static void atlas_section_page_page_iface_init (AtlasPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasSectionPage, atlas_section_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (ATLAS_TYPE_PAGE, atlas_section_page_page_iface_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The facet a page can be filtered by: the kind of an organization, the
 * section an event comes from; -1 for pages without one. */
static int
item_facet (AtlasSection  section,
            gpointer      item)
{
  switch (section)
    {
    case ATLAS_SECTION_ORGANIZATIONS:
      return atlas_organization_get_kind (item);
    case ATLAS_SECTION_TIMELINE:
      return atlas_item_get_section (item);
    case ATLAS_SECTION_OVERVIEW:
    case ATLAS_SECTION_EDUCATION:
    case ATLAS_SECTION_LAW_ENFORCEMENT:
    case ATLAS_SECTION_RESEARCH:
    case ATLAS_SECTION_LEGISLATION:
    default:
      return -1;
    }
}

static const char *
facet_text (AtlasSection section,
            int          facet)
{
  if (section == ATLAS_SECTION_ORGANIZATIONS)
    return atlas_organization_kind_get_title (facet);
  return atlas_section_get_title (facet);
}

static const char *
all_facets_text (AtlasSection section)
{
  if (section == ATLAS_SECTION_ORGANIZATIONS)
    return _("All Kinds");
  return _("All Sections");
}

static int
selected_facet (AtlasSectionPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->facet_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->facet_values->len)
    return -1;

  return g_array_index (self->facet_values, int, selected - 1);
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  AtlasSectionPage *self = user_data;
  int facet = selected_facet (self);

  return facet < 0 || item_facet (self->section, item) == facet;
}

/* Oldest first (or newest, with the order button); equal years keep the
 * order of the profile */
static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  AtlasSectionPage *self = user_data;
  int ya = atlas_item_get_year (ATLAS_ITEM ((gpointer) a));
  int yb = atlas_item_get_year (ATLAS_ITEM ((gpointer) b));
  int order = (ya > yb) - (ya < yb);

  return gtk_toggle_button_get_active (self->order_button) ? -order : order;
}

static void
update_count (AtlasSectionPage *self)
{
  GListModel *model = atlas_profile_get_section_model (self->profile, self->section);
  guint total = g_list_model_get_n_items (model);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  g_autofree char *count = atlas_section_format_shown_count (self->section, total, shown);

  gtk_label_set_text (self->count_label, count);

  gtk_stack_set_visible_child_name (self->stack,
                                    total > 0 || gtk_widget_get_visible (GTK_WIDGET (self->intro_box))
                                    ? "content" : "empty");
}

static void
facet_selected_cb (AtlasSectionPage *self)
{
  GtkFilter *filter;

  /* Signals of the template, before the models exist */
  if (self->sorted == NULL)
    return;

  filter = gtk_filter_list_model_get_filter (self->filtered);

  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
order_toggled_cb (AtlasSectionPage *self)
{
  GtkSorter *sorter = self->sorted != NULL ? gtk_sort_list_model_get_sorter (self->sorted) : NULL;

  if (sorter != NULL)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_INVERTED);
}

/* Events gathered from another section lead to it */
static void
row_activated_cb (AtlasSectionPage *self,
                  GtkListBoxRow    *row)
{
  g_autoptr(AtlasItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted),
                                                     gtk_list_box_row_get_index (row));
  AtlasSection from = atlas_item_get_section (item);

  if (from != self->section)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "(ss)",
                                atlas_section_get_name (from), atlas_item_get_id (item));
}

/* Timeline rows are grouped under a heading per year */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  AtlasSectionPage *self = user_data;
  g_autoptr(AtlasItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted),
                                                     gtk_list_box_row_get_index (row));
  g_autoptr(AtlasItem) previous = NULL;
  int year = atlas_item_get_year (item);

  if (before != NULL)
    previous = g_list_model_get_item (G_LIST_MODEL (self->sorted),
                                      gtk_list_box_row_get_index (before));

  if (previous == NULL || atlas_item_get_year (previous) != year)
    {
      g_autofree char *text = g_strdup_printf ("%d", year);
      GtkWidget *header = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (header), 0.0f);
      gtk_widget_add_css_class (header, "atlas-year");
      gtk_list_box_row_set_header (row, header);
    }
  else
    gtk_list_box_row_set_header (row, NULL);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  AtlasSectionPage *self = user_data;

  return atlas_item_row_new (item, self->profile, self->classroom_safe);
}

/* The rows are made again, with or without the sensitive texts */
static void
classroom_safe_changed_cb (AtlasSectionPage *self)
{
  gboolean safe = atlas_context_get_classroom_safe (self->context);

  if (safe == self->classroom_safe)
    return;

  self->classroom_safe = safe;
  if (self->section == ATLAS_SECTION_LEGISLATION)
    gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->sorted), create_row, self, NULL);
}

/* The notes on the section as a whole, after its introduction; when
 * something changed since the edition, a first line says so, so that a
 * page of 2016 law is never read as today's */
static void
add_section_notes (AtlasSectionPage *self)
{
  GListModel *notes = atlas_profile_get_section_notes (self->profile, self->section);
  GtkWidget *box = atlas_notes_box_new (notes, atlas_section_get_title (self->section));
  int edition = atlas_profile_get_edition_year (self->profile);

  if (box == NULL)
    return;

  if (atlas_notes_have_update (notes))
    {
      g_autofree char *line = self->section == ATLAS_SECTION_LEGISLATION
        /* TRANSLATORS: the first line of the Legislation page when its laws changed after the edition; %d is its year, 2016 */
        ? g_strdup_printf (_("The law on this page is as the %d edition described it. It has changed since: the dated notes say how."), edition)
        /* TRANSLATORS: the first line of a page when some of it changed after the edition; %d is its year, 2016 */
        : g_strdup_printf (_("This page is as the %d edition described it. Some of it has changed since: the dated notes say how."), edition);
      GtkWidget *label = atlas_text_new (line, "heading");

      gtk_widget_set_name (label, "edition-line");
      gtk_box_prepend (self->intro_box, label);
    }

  gtk_box_append (self->intro_box, box);
}

static void
add_intro (AtlasSectionPage *self,
           const char       *text,
           const char       *css_class)
{
  if (text != NULL)
    gtk_box_append (self->intro_box, atlas_text_new (text, css_class));
}

/* The dropdown offers "All" and each facet that occurs, in enum order */
static void
fill_facets (AtlasSectionPage *self,
             GListModel       *model)
{
  gboolean present[32] = { FALSE, };
  guint n = g_list_model_get_n_items (model);
  guint n_present = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      int facet = item_facet (self->section, item);

      if (facet >= 0 && facet < (int) G_N_ELEMENTS (present) && !present[facet])
        {
          present[facet] = TRUE;
          n_present++;
        }
    }

  if (n_present < 2)
    return;

  gtk_string_list_append (self->facet_labels, all_facets_text (self->section));
  for (int facet = 0; facet < (int) G_N_ELEMENTS (present); facet++)
    {
      if (!present[facet])
        continue;

      g_array_append_val (self->facet_values, facet);
      gtk_string_list_append (self->facet_labels, facet_text (self->section, facet));
    }

  gtk_drop_down_set_selected (self->facet_dropdown, 0);
  gtk_filter_list_model_set_filter (self->filtered,
                                    GTK_FILTER (gtk_custom_filter_new (filter_item, self, NULL)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->facet_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->section == ATLAS_SECTION_ORGANIZATIONS
                                  ? _("Show organizations of a kind")
                                  : _("Show events of a section"),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->facet_dropdown), TRUE);
}

static void
atlas_section_page_constructed (GObject *object)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (object);
  GListModel *model;
  gboolean sortable;

  G_OBJECT_CLASS (atlas_section_page_parent_class)->constructed (object);

  g_return_if_fail (self->profile != NULL);
  g_return_if_fail (self->context != NULL);

  model = atlas_profile_get_section_model (self->profile, self->section);
  sortable = self->section == ATLAS_SECTION_TIMELINE || self->section == ATLAS_SECTION_EDUCATION;

  gtk_label_set_text (self->title_label, atlas_section_get_title (self->section));

  /* The profile's items, filtered by a facet, sorted by year */
  self->filtered = gtk_filter_list_model_new (g_object_ref (model), NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);
  if (sortable)
    gtk_sort_list_model_set_sorter (self->sorted,
                                    GTK_SORTER (gtk_custom_sorter_new (compare_items, self, NULL)));
  /* Organizations in the alphabetical order of the names shown, which
   * differs from the source's in French and Dutch */
  else if (self->section == ATLAS_SECTION_ORGANIZATIONS)
    gtk_sort_list_model_set_sorter (self->sorted,
                                    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (ATLAS_TYPE_ITEM, NULL, "title"))));
  fill_facets (self, model);

  switch (self->section)
    {
    case ATLAS_SECTION_LAW_ENFORCEMENT:
      add_intro (self, atlas_profile_get_law_enforcement_agency (self->profile), "title-3");
      add_intro (self, atlas_profile_get_law_enforcement_description (self->profile), "body");
      atlas_item_box_add_texts_language_tag (GTK_WIDGET (self->intro_box), self->profile,
                                             atlas_profile_get_law_enforcement_agency (self->profile),
                                             atlas_profile_get_law_enforcement_description (self->profile));
      break;

    case ATLAS_SECTION_LEGISLATION:
      add_intro (self, atlas_profile_get_legislation_intro (self->profile), "body");
      atlas_item_box_add_texts_language_tag (GTK_WIDGET (self->intro_box), self->profile,
                                             atlas_profile_get_legislation_intro (self->profile), NULL);
      break;

    case ATLAS_SECTION_TIMELINE:
      add_intro (self,
                 _("Every dated event of the profile, with the section it comes from."),
                 "dim-label");
      break;

    case ATLAS_SECTION_OVERVIEW:
    case ATLAS_SECTION_EDUCATION:
    case ATLAS_SECTION_ORGANIZATIONS:
    case ATLAS_SECTION_RESEARCH:
    default:
      break;
    }

  add_section_notes (self);

  gtk_widget_set_visible (GTK_WIDGET (self->intro_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->intro_box)) != NULL);

  self->classroom_safe = atlas_context_get_classroom_safe (self->context);
  g_signal_connect_object (self->context, "notify::classroom-safe",
                           G_CALLBACK (classroom_safe_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->sorted), create_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  atlas_section_get_title (self->section),
                                  -1);

  if (self->section == ATLAS_SECTION_TIMELINE)
    {
      /* A line of events under their years rather than a box of rows */
      gtk_widget_remove_css_class (GTK_WIDGET (self->list), "boxed-list");
      gtk_widget_add_css_class (GTK_WIDGET (self->list), "atlas-timeline");
      gtk_list_box_set_header_func (self->list, update_header, self, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->order_button), TRUE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->controls_box),
                          gtk_widget_get_visible (GTK_WIDGET (self->facet_dropdown)) ||
                          gtk_widget_get_visible (GTK_WIDGET (self->order_button)));

  update_count (self);
}

static void
atlas_section_page_dispose (GObject *object)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (object);

  /* The list refers to the models and the filter and sorter to self */
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->facet_values, g_array_unref);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (atlas_section_page_parent_class)->dispose (object);
}

static void
atlas_section_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_SECTION:
      g_value_set_enum (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_section_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      self->section = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
atlas_section_page_page_focus_item (AtlasPage  *page,
                                   const char *id)
{
  return atlas_section_page_focus_item (ATLAS_SECTION_PAGE (page), id);
}

static GtkAdjustment *
atlas_section_page_get_vadjustment (AtlasPage *page)
{
  return gtk_scrolled_window_get_vadjustment (ATLAS_SECTION_PAGE (page)->scrolled_window);
}

static GListModel *
atlas_section_page_page_get_shown_items (AtlasPage *page)
{
  return atlas_section_page_get_shown_items (ATLAS_SECTION_PAGE (page));
}

static const char *
atlas_section_page_get_item_at_top (AtlasPage *page)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (page);
  GtkWidget *row = atlas_page_find_top_child (GTK_WIDGET (self->scrolled_window), GTK_WIDGET (self->list));

  return ATLAS_IS_ITEM_ROW (row) ? atlas_item_get_id (atlas_item_row_get_item (ATLAS_ITEM_ROW (row))) : NULL;
}

static void
atlas_section_page_page_iface_init (AtlasPageInterface *iface)
{
  iface->focus_item = atlas_section_page_page_focus_item;
  iface->get_vadjustment = atlas_section_page_get_vadjustment;
  iface->get_shown_items = atlas_section_page_page_get_shown_items;
  iface->get_item_at_top = atlas_section_page_get_item_at_top;
}

static void
atlas_section_page_class_init (AtlasSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_section_page_constructed;
  object_class->dispose = atlas_section_page_dispose;
  object_class->get_property = atlas_section_page_get_property;
  object_class->set_property = atlas_section_page_set_property;

  /**
   * AtlasSectionPage:context:
   *
   * The app's shared state: whether the view is classroom-safe.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         ATLAS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSectionPage:profile:
   *
   * The profile whose section the page shows.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSectionPage:section:
   *
   * The section the page shows.
   */
  properties[PROP_SECTION] =
    g_param_spec_enum ("section", NULL, NULL,
                       ATLAS_TYPE_SECTION, ATLAS_SECTION_EDUCATION,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-section-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, intro_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, controls_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, facet_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, facet_labels);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, order_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, list);
  gtk_widget_class_bind_template_callback (widget_class, facet_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, order_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
atlas_section_page_init (AtlasSectionPage *self)
{
  self->facet_values = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Names for screen readers that a template cannot give (atlas-widgets.c) */
  atlas_widget_name_inner_button (GTK_WIDGET (self->facet_dropdown));
  atlas_button_name_from_label (GTK_WIDGET (self->order_button));
}

GtkWidget *
atlas_section_page_new (AtlasContext *context,
                        AtlasProfile *profile,
                        AtlasSection  section)
{
  g_return_val_if_fail (ATLAS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_SECTION_PAGE,
                       "context", context,
                       "profile", profile,
                       "section", section,
                       NULL);
}

AtlasSection
atlas_section_page_get_section (AtlasSectionPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SECTION_PAGE (self), ATLAS_SECTION_EDUCATION);

  return self->section;
}

/**
 * atlas_section_page_focus_item:
 * @id: the id of an item of the section
 *
 * Shows every item again if a filter hides @id, scrolls to it and gives it
 * the keyboard focus.
 *
 * Returns: whether the page has the item
 */
gboolean
atlas_section_page_focus_item (AtlasSectionPage *self,
                               const char       *id)
{
  GListModel *model;

  g_return_val_if_fail (ATLAS_IS_SECTION_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (int pass = 0; pass < 2; pass++)
    {
      model = G_LIST_MODEL (self->sorted);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AtlasItem) item = g_list_model_get_item (model, i);

          if (g_strcmp0 (atlas_item_get_id (item), id) == 0)
            {
              GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

              atlas_widget_show_found (GTK_WIDGET (row));
              return TRUE;
            }
        }

      /* Not shown: clear the filter and look once more */
      gtk_drop_down_set_selected (self->facet_dropdown, 0);
    }

  return FALSE;
}

/**
 * atlas_section_page_get_shown_items:
 *
 * Returns: (transfer none): the items the page shows, filtered and sorted
 */
GListModel *
atlas_section_page_get_shown_items (AtlasSectionPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SECTION_PAGE (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

/**
 * atlas_section_page_get_list:
 *
 * Returns: (transfer none): the list of items
 */
GtkListBox *
atlas_section_page_get_list (AtlasSectionPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SECTION_PAGE (self), NULL);

  return self->list;
}
