/* atlas-window.c: the main window: its template, the sidebar of sections
 * and the stack of their pages (made when first shown), the profile shown,
 * and the properties and API the rest of the app uses. The other concerns
 * are in atlas-window-*.c, which share atlas-window-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-overview-page.h"
#include "atlas-page.h"
#include "atlas-research-page.h"
#include "atlas-search-page.h"
#include "atlas-section-page.h"
#include "atlas-sections.h"
#include "atlas-widgets.h"
#include "atlas-window-private.h"

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  PROP_SECTION,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static GtkWidget *
create_page (AtlasWindow  *self,
             AtlasSection  section)
{
  switch (section)
    {
    case ATLAS_SECTION_OVERVIEW:
      return atlas_overview_page_new (self->profile);
    case ATLAS_SECTION_RESEARCH:
      return atlas_research_page_new (self->profile);
    case ATLAS_SECTION_EDUCATION:
    case ATLAS_SECTION_LAW_ENFORCEMENT:
    case ATLAS_SECTION_ORGANIZATIONS:
    case ATLAS_SECTION_LEGISLATION:
    case ATLAS_SECTION_TIMELINE:
    default:
      return atlas_section_page_new (self->context, self->profile, section);
    }
}

/* A page's message (AtlasPage::toast) */
static void
page_toast_cb (AtlasWindow *self,
               const char  *message,
               AtlasPage   *page)
{
  atlas_window_show_toast (self, message);
}

static void
ensure_page (AtlasWindow  *self,
             AtlasSection  section)
{
  if (self->pages[section] != NULL || self->profile == NULL)
    return;

  self->pages[section] = create_page (self, section);
  g_signal_connect_object (self->pages[section], "toast", G_CALLBACK (page_toast_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->stack, self->pages[section],
                        atlas_section_get_name (section),
                        atlas_section_get_title (section));
}

static void
clear_pages (AtlasWindow *self)
{
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      if (self->pages[i] == NULL)
        continue;

      gtk_stack_remove (self->stack, self->pages[i]);
      self->pages[i] = NULL;
    }

  if (self->search_page != NULL)
    {
      gtk_stack_remove (self->stack, self->search_page);
      self->search_page = NULL;
    }
}

/* The sidebar is one stop for Tab, on the section shown; the arrow keys
 * move from section to section. GTK 4.8 makes each row of a list a stop
 * and selects a row that Tab reaches, so Tab from the sidebar to the page
 * went through every section and left the Timeline shown. When the
 * arrow keys select another row, the focus goes with it. */
static void
make_sidebar_one_stop (AtlasWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_sidebar = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar));

  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    gtk_widget_set_focusable (GTK_WIDGET (self->rows[i]), i == self->section);

  if (in_sidebar)
    gtk_widget_grab_focus (GTK_WIDGET (self->rows[self->section]));
}

/* Shows the page of the current section, and marks it in the sidebar */
void
_atlas_window_show_section (AtlasWindow *self)
{
  AtlasSection section = self->section;

  _atlas_window_stop_restoring_scroll (self);
  ensure_page (self, section);
  if (self->pages[section] != NULL)
    gtk_stack_set_visible_child (self->stack, self->pages[section]);

  adw_window_title_set_title (self->section_title, atlas_section_get_title (section));
  adw_window_title_set_subtitle (self->section_title, NULL);

  if (gtk_list_box_get_selected_row (self->sidebar) != self->rows[section])
    gtk_list_box_select_row (self->sidebar, self->rows[section]);
  make_sidebar_one_stop (self);
}

static void
sidebar_row_selected_cb (AtlasWindow   *self,
                         GtkListBoxRow *row)
{
  if (row == NULL)
    return;

  atlas_window_set_section (self, gtk_list_box_row_get_index (row));
}

static void
sidebar_row_activated_cb (AtlasWindow   *self,
                          GtkListBoxRow *row)
{
  atlas_window_set_section (self, gtk_list_box_row_get_index (row));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[self->section]));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  AtlasSection section;

  if (!atlas_section_from_name (name, &section))
    {
      g_warning ("No section named “%s”", name);
      return;
    }

  atlas_window_set_section (self, section);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* The (section name, item id) of win.show-item and win.present-item;
 * %FALSE, with a warning, for a section that does not exist */
gboolean
_atlas_window_parse_item_target (GVariant      *parameter,
                                 AtlasSection  *section,
                                 const char   **id)
{
  const char *name;

  g_variant_get (parameter, "(&s&s)", &name, id);
  if (!atlas_section_from_name (name, section))
    {
      g_warning ("No section named “%s”", name);
      return FALSE;
    }

  return TRUE;
}

static void
show_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const char *id;
  AtlasSection section;

  if (!_atlas_window_parse_item_target (parameter, &section, &id))
    return;

  atlas_window_set_section (self, section);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  atlas_page_focus_item (ATLAS_PAGE (self->pages[section]), id);
}

static GtkListBoxRow *
create_sidebar_row (AtlasSection section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (atlas_section_get_icon_name (section));
  GtkWidget *label = gtk_label_new (atlas_section_get_title (section));

  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Wrap only when the sidebar is too narrow, not to the widest word */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  atlas_section_get_title (section),
                                  -1);

  return GTK_LIST_BOX_ROW (row);
}

/* The size of the last window closed is the size of the next one */
static gboolean
atlas_window_close_request (GtkWindow *window)
{
  _atlas_window_remember_size (ATLAS_WINDOW (window));

  return GTK_WINDOW_CLASS (atlas_window_parent_class)->close_request (window);
}

/* What the context holds: the zoom, shared with every window, the
 * library of profiles, and the size of the last window closed */
static void
atlas_window_constructed (GObject *object)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  G_OBJECT_CLASS (atlas_window_parent_class)->constructed (object);

  if (self->context == NULL)
    {
      g_critical ("An AtlasWindow needs an AtlasContext: this one keeps nothing");
      self->context = atlas_context_new_for_settings (NULL);
    }

  g_object_bind_property (self->context, "zoom", self, "zoom",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  _atlas_window_update_zoom (self);
  _atlas_window_library_constructed (self);
  _atlas_window_restore_size (self);
}

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (atlas_context_get_library (self->context), self);

  if (self->zoom_provider != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->zoom_provider));
  g_clear_object (&self->zoom_provider);
  _atlas_window_stop_restoring_scroll (self);
  g_clear_pointer (&self->pending_state, g_variant_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);

  G_OBJECT_CLASS (atlas_window_parent_class)->dispose (object);
}

static void
atlas_window_finalize (GObject *object)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  g_clear_object (&self->profile);
  g_clear_object (&self->context);
  g_free (self->problems_intro);
  g_free (self->problems_text);
  g_free (self->profile_uri);

  G_OBJECT_CLASS (atlas_window_parent_class)->finalize (object);
}

static void
atlas_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

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

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      atlas_window_set_profile (self, g_value_get_object (value));
      break;

    case PROP_SECTION:
      atlas_window_set_section (self, g_value_get_enum (value));
      break;

    case PROP_ZOOM:
      atlas_window_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* In a narrow window the header bar keeps room for the section's title:
 * presenting stays in the menu and on F5 */
static void
folded_changed_cb (AtlasWindow *self)
{
  gtk_widget_set_visible (self->present_button, !adw_leaflet_get_folded (self->leaflet));
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  window_class->close_request = atlas_window_close_request;
  object_class->constructed = atlas_window_constructed;
  object_class->dispose = atlas_window_dispose;
  object_class->finalize = atlas_window_finalize;
  object_class->get_property = atlas_window_get_property;
  object_class->set_property = atlas_window_set_property;

  /**
   * AtlasWindow:context:
   *
   * The state the app's windows share. Required.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         ATLAS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasWindow:profile:
   *
   * The profile the window shows.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasWindow:section:
   *
   * The section shown in the content pane.
   */
  properties[PROP_SECTION] =
    g_param_spec_enum ("section", NULL, NULL,
                       ATLAS_TYPE_SECTION, ATLAS_SECTION_OVERVIEW,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasWindow:zoom:
   *
   * The scale of the content's text, from 0.75 to 3 (300%): the
   * context's, in every window.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         ATLAS_ZOOM_MIN, ATLAS_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, country_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, section_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, profile_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-item", "(ss)", show_item_action);

  _atlas_window_library_class_init (widget_class);
  _atlas_window_actions_class_init (widget_class);
  _atlas_window_search_class_init (widget_class);
  _atlas_window_zoom_class_init (widget_class);

  /* Alt+1 … Alt+7 go to a section, in the order of the sidebar */
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-section", "s",
                                         atlas_section_get_name (i));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.back", NULL);
}

static void
atlas_window_init (AtlasWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Names for screen readers that a template cannot give (atlas-widgets.c) */
  atlas_widget_name_inner_button (GTK_WIDGET (self->profile_dropdown));
  atlas_widget_name_inner_button (GTK_WIDGET (self->sidebar_menu_button));
  atlas_widget_name_inner_button (GTK_WIDGET (self->content_menu_button));


  _atlas_window_library_init (self);
  _atlas_window_actions_init (self);

  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      self->rows[i] = create_sidebar_row (i);
      gtk_list_box_append (self->sidebar, GTK_WIDGET (self->rows[i]));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-section", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-item", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present-here", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present-item", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.filter-research", FALSE);

  _atlas_window_search_init (self);

  _atlas_window_zoom_init (self);
}

/**
 * atlas_window_new:
 * @context: the state the app's windows share
 * @profile: (nullable): the profile to show
 *
 * Returns: (transfer full): a new window
 */
AtlasWindow *
atlas_window_new (AdwApplication *application,
                  AtlasContext   *context,
                  AtlasProfile   *profile)
{
  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ATLAS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (profile == NULL || ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       "profile", profile,
                       NULL);
}

/**
 * atlas_window_get_context:
 *
 * Returns: (transfer none): the state the app's windows share
 */
AtlasContext *
atlas_window_get_context (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * atlas_window_get_profile:
 *
 * Returns: (transfer none) (nullable): the profile shown
 */
AtlasProfile *
atlas_window_get_profile (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->profile;
}

void
atlas_window_set_profile (AtlasWindow  *self,
                          AtlasProfile *profile)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (profile == NULL || ATLAS_IS_PROFILE (profile));

  if (!g_set_object (&self->profile, profile))
    return;

  /* Whoever shows a profile of known origin says so afterwards */
  g_clear_pointer (&self->profile_uri, g_free);
  _atlas_window_sync_dropdown (self);

  clear_pages (self);

  if (profile != NULL)
    {
      g_autofree char *subtitle = atlas_profile_format_subtitle (profile);

      adw_window_title_set_title (self->country_title, atlas_profile_get_country_name (profile));
      adw_window_title_set_subtitle (self->country_title, subtitle);
      /* A search goes on in the new profile */
      _atlas_window_show_search_results (self);
    }
  else
    {
      adw_window_title_set_title (self->country_title, _("Online Safety Atlas"));
      adw_window_title_set_subtitle (self->country_title, NULL);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->sidebar), profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-section", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-item", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present-here", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present-item", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.filter-research", profile != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_bar), profile != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

AtlasSection
atlas_window_get_section (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), ATLAS_SECTION_OVERVIEW);

  return self->section;
}

void
atlas_window_set_section (AtlasWindow  *self,
                          AtlasSection  section)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (section < ATLAS_N_SECTIONS);

  /* Going to a section ends a search */
  _atlas_window_stop_search (self);

  if (self->section == section)
    return;

  self->section = section;
  _atlas_window_show_section (self);
  atlas_context_set_last_section (self->context, section);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/**
 * atlas_window_get_page:
 *
 * Returns: (transfer none) (nullable): the page of @section, if it was
 *   shown already
 */
GtkWidget *
atlas_window_get_page (AtlasWindow  *self,
                       AtlasSection  section)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (section < ATLAS_N_SECTIONS, NULL);

  return self->pages[section];
}

void
atlas_window_show_toast (AtlasWindow *self,
                         const char  *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  /* A toast's title is markup; messages may name files or addresses */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

double
atlas_window_get_zoom (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), 1.0);

  return self->zoom;
}

/**
 * atlas_window_set_zoom:
 * @zoom: the scale of the content's text, 0.75 to 3
 *
 * Scales the text of the content (not of the sidebar), and its icons; the
 * layout follows. The zoom is the context's: every window follows.
 */
void
atlas_window_set_zoom (AtlasWindow *self,
                       double       zoom)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));

  zoom = CLAMP (zoom, ATLAS_ZOOM_MIN, ATLAS_ZOOM_MAX);
  if (G_APPROX_VALUE (self->zoom, zoom, 0.001))
    return;

  self->zoom = zoom;
  _atlas_window_update_zoom (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}
