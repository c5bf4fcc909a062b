/* atlas-window-private.h: what the files of AtlasWindow share: its
 * instance struct, and the parts each file adds to the class and to a new
 * window (atlas-window.c calls them from class_init and init)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-context.h"
#include "atlas-sections.h"
#include "atlas-window.h"

G_BEGIN_DECLS

struct _AtlasWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  AdwLeaflet      *leaflet;
  AdwWindowTitle  *country_title;
  GtkListBox      *sidebar;
  AdwWindowTitle  *section_title;
  GtkStack        *stack;
  GtkSpinner      *loading_spinner;
  GtkDropDown     *profile_dropdown;
  GtkSearchBar    *search_bar;
  GtkSearchEntry  *search_entry;
  GtkMenuButton   *sidebar_menu_button;
  GtkMenuButton   *content_menu_button;
  GtkWidget       *present_button;
  GMenuModel      *primary_menu;

  /* owned references */
  AtlasContext    *context;
  AtlasProfile    *profile;
  GCancellable    *loading;   /* the profile being opened, if any */
  char            *profile_uri;  /* where the profile shown comes from, if known */
  gboolean         syncing_dropdown;
  char            *problems_intro;
  char            *problems_text;

  /* the pages, created the first time they are shown */
  GtkWidget       *pages[ATLAS_N_SECTIONS];
  GtkListBoxRow   *rows[ATLAS_N_SECTIONS];
  AtlasSection     section;
  GtkWidget       *search_page;  /* the results of a search, when searched */

  double           zoom;
  GtkCssProvider  *zoom_provider;
  GtkWidget       *zoom_labels[2];  /* "100%" in each main menu */

  /* a state waiting for its profile file to load */
  GVariant        *pending_state;

  /* a scroll position being restored, while the page takes its size */
  GtkAdjustment   *scroll_adjustment;
  double           scroll_target;   /* 0 top, 1 bottom */
  gboolean         scroll_applying;
};

/* atlas-window.c */
void _atlas_window_show_section              (AtlasWindow    *self);
gboolean _atlas_window_parse_item_target     (GVariant       *parameter,
                                              AtlasSection   *section,
                                              const char    **id);

/* atlas-window-actions.c */
void _atlas_window_actions_class_init        (GtkWidgetClass *widget_class);
void _atlas_window_actions_init              (AtlasWindow    *self);

/* atlas-window-library.c */
void _atlas_window_library_class_init        (GtkWidgetClass *widget_class);
void _atlas_window_library_init              (AtlasWindow    *self);
void _atlas_window_library_constructed       (AtlasWindow    *self);
void _atlas_window_sync_dropdown             (AtlasWindow    *self);

/* atlas-window-search.c */
void _atlas_window_search_class_init         (GtkWidgetClass *widget_class);
void _atlas_window_search_init               (AtlasWindow    *self);
void _atlas_window_show_search_results       (AtlasWindow    *self);
void _atlas_window_stop_search               (AtlasWindow    *self);

/* atlas-window-state.c */
void _atlas_window_stop_restoring_scroll     (AtlasWindow    *self);
void _atlas_window_finish_restoring          (AtlasWindow    *self,
                                              gboolean        loaded);
void _atlas_window_restore_size              (AtlasWindow    *self);
void _atlas_window_remember_size             (AtlasWindow    *self);

/* atlas-window-zoom.c */
void _atlas_window_zoom_class_init           (GtkWidgetClass *widget_class);
void _atlas_window_zoom_init                 (AtlasWindow    *self);
void _atlas_window_update_zoom               (AtlasWindow    *self);

G_END_DECLS
