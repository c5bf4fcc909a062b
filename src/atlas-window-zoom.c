/* atlas-window-zoom.c: the content's text from 75% to 300%: from the
 * keyboard, the main menus' control and Ctrl+scroll; the reader's place
 * kept, and one pane from 200%
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-page.h"
#include "atlas-window-private.h"
#include "atlas-widgets.h"

/* Zoom: the content's text, for the back of a classroom. The content
 * gives Adwaita's type styles sizes relative to its own (style.css), so
 * one font size on the content scales them all. Steps as in GNOME Text
 * Editor. */
static const double zoom_steps[] = { 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

/* From this zoom, the sidebar folds away: at 200% on a 1024 px beamer it
 * would take a quarter of the width */
#define ZOOM_ONE_PANE 2.0

/* Frames to wait for the page to take its new size */
#define ANCHOR_MAX_FRAMES 30

/* The reader's place: the item at the top of the page shown when the
 * zoom changed, and how far down it the top of the view was (0 its top,
 * 1 its bottom). After the change, frame after frame as the page takes
 * its new size, the view is scrolled to the same place in the item:
 * without it, the same scroll offset shows an item far above. */
typedef struct {
  GtkWidget         *item;      /* weak */
  GtkScrolledWindow *scrolled;  /* weak */
  double             fraction;
  guint              tick_id;
  guint              n_frames;
  guint              n_still;
} ZoomAnchor;

static void
zoom_anchor_free (gpointer data)
{
  ZoomAnchor *anchor = data;

  g_clear_weak_pointer (&anchor->item);
  g_clear_weak_pointer (&anchor->scrolled);
  g_free (anchor);
}

/* The scrolled window under @widget that scrolls with @adjustment */
static GtkScrolledWindow *
find_scrolled (GtkWidget     *widget,
               GtkAdjustment *adjustment)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) &&
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget)) == adjustment)
    return GTK_SCROLLED_WINDOW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled (child, adjustment);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The item at the top of what @scrolled shows: a row of a list, a card
 * of a flow box, or what is drawn there. A GtkListView keeps its own
 * place as its rows change size: none then. */
static GtkWidget *
find_top_item (GtkScrolledWindow *scrolled)
{
  GtkWidget *widget = GTK_WIDGET (scrolled);
  double x = gtk_widget_get_width (widget) / 2.0;

  if (GTK_IS_LIST_VIEW (gtk_scrolled_window_get_child (scrolled)))
    return NULL;

  /* a little down: the top may be in the space between two rows */
  for (double y = 1; y < MIN (96, gtk_widget_get_height (widget)); y += 8)
    {
      GtkWidget *picked = gtk_widget_pick (widget, x, y, GTK_PICK_DEFAULT);
      GtkWidget *item;

      if (picked == NULL || picked == widget || !gtk_widget_is_ancestor (picked, widget))
        continue;

      item = gtk_widget_get_ancestor (picked, GTK_TYPE_LIST_BOX_ROW);
      if (item == NULL)
        item = gtk_widget_get_ancestor (picked, GTK_TYPE_FLOW_BOX_CHILD);
      if (item != NULL)
        return item;
      if (GTK_IS_LABEL (picked))
        return picked;
    }

  return NULL;
}

static gboolean
keep_anchor_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  ZoomAnchor *anchor = user_data;
  GtkAdjustment *adjustment;
  double offset, wanted;

  if (anchor->item == NULL || anchor->scrolled == NULL || ++anchor->n_frames > ANCHOR_MAX_FRAMES)
    goto done;

  if (!atlas_widget_get_scroll_offset (anchor->item, NULL, &offset))
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrolled_window_get_vadjustment (anchor->scrolled);
  wanted = -anchor->fraction * gtk_widget_get_height (anchor->item);
  if (atlas_adjustment_scroll_by (adjustment, offset - wanted))
    {
      anchor->n_still = 0;
      return G_SOURCE_CONTINUE;
    }

  /* In place for three frames: the page has its size */
  if (++anchor->n_still < 3)
    return G_SOURCE_CONTINUE;

done:
  anchor->tick_id = 0;
  g_clear_weak_pointer (&anchor->item);
  return G_SOURCE_REMOVE;
}

/* Before the zoom changes: notes the item at the top of the page shown,
 * unless the place of an earlier change is still being kept */
static void
keep_place (AtlasWindow *self)
{
  ZoomAnchor *anchor = g_object_get_data (G_OBJECT (self), "atlas-zoom-anchor");
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
  GtkAdjustment *adjustment;
  GtkScrolledWindow *scrolled;
  GtkWidget *item;
  double offset;

  if (anchor == NULL)
    {
      anchor = g_new0 (ZoomAnchor, 1);
      g_object_set_data_full (G_OBJECT (self), "atlas-zoom-anchor", anchor, zoom_anchor_free);
    }

  if (anchor->tick_id != 0)
    {
      anchor->n_frames = 0;
      anchor->n_still = 0;
      return;
    }

  if (page == NULL || !ATLAS_IS_PAGE (page) ||
      (adjustment = atlas_page_get_vadjustment (ATLAS_PAGE (page))) == NULL ||
      gtk_adjustment_get_value (adjustment) <= gtk_adjustment_get_lower (adjustment) ||
      (scrolled = find_scrolled (page, adjustment)) == NULL ||
      (item = find_top_item (scrolled)) == NULL ||
      !atlas_widget_get_scroll_offset (item, NULL, &offset))
    return;

  g_set_weak_pointer (&anchor->item, item);
  g_set_weak_pointer (&anchor->scrolled, scrolled);
  anchor->fraction = gtk_widget_get_height (item) > 0 ? CLAMP (-offset / gtk_widget_get_height (item), 0.0, 1.0) : 0.0;
  anchor->n_frames = 0;
  anchor->n_still = 0;
  anchor->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), keep_anchor_cb, anchor, NULL);
}

/* One pane from 200%, as in a narrow window: the content, with the
 * usual Back button to the sections. Below, two again where the window
 * is wide enough. */
static void
update_fold (AtlasWindow *self)
{
  gboolean one_pane = self->zoom >= ZOOM_ONE_PANE - 0.001;

  if (adw_leaflet_get_can_unfold (self->leaflet) != one_pane)
    return;

  adw_leaflet_set_can_unfold (self->leaflet, !one_pane);
  if (one_pane)
    adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
update_zoom_css (AtlasWindow *self)
{
  g_autoptr(GString) css = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* At 100% no provider at all: restyling the window costs start-up time */
  if (self->zoom_provider == NULL)
    {
      if (G_APPROX_VALUE (self->zoom, 1.0, 0.001))
        return;

      self->zoom_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                  GTK_STYLE_PROVIDER (self->zoom_provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }

  css = g_string_new (NULL);

  /* C number formatting whatever the locale: CSS wants a dot */
  g_string_append_printf (css, ".atlas-zoomable { font-size: %s%%; }\n",
                          g_ascii_formatd (number, sizeof number, "%.0f", self->zoom * 100));
  /* the icons beside the text */
  g_string_append_printf (css, ".atlas-zoomable row image, .atlas-zoomable button image { -gtk-icon-size: %spx; }\n",
                          g_ascii_formatd (number, sizeof number, "%.0f", 16 * self->zoom));

  gtk_css_provider_load_from_data (self->zoom_provider, css->str, -1);
}

static void
sync_zoom_controls (AtlasWindow *self)
{
  /* TRANSLATORS: the zoom level in the main menu, "150%"; the percent sign where your language puts it */
  g_autofree char *level = g_strdup_printf (_("%.0f%%"), self->zoom * 100);

  for (guint i = 0; i < G_N_ELEMENTS (self->zoom_labels); i++)
    if (self->zoom_labels[i] != NULL)
      gtk_label_set_text (GTK_LABEL (self->zoom_labels[i]), level);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in",
                                 self->zoom < zoom_steps[G_N_ELEMENTS (zoom_steps) - 1] - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", self->zoom > zoom_steps[0] + 0.001);
}

/* The next step up (@direction 1) or down (-1) from the zoom level */
static double
next_zoom_step (double zoom,
                int    direction)
{
  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > zoom + 0.001)
          return zoom_steps[i];
      return zoom_steps[G_N_ELEMENTS (zoom_steps) - 1];
    }

  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    if (zoom_steps[i - 1] < zoom - 0.001)
      return zoom_steps[i - 1];
  return zoom_steps[0];
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    atlas_window_set_zoom (self, next_zoom_step (self->zoom, 1));
  else if (g_str_equal (action_name, "win.zoom-out"))
    atlas_window_set_zoom (self, next_zoom_step (self->zoom, -1));
  else
    atlas_window_set_zoom (self, 1.0);
}

/* Ctrl+scroll zooms, as in a browser */
static gboolean
zoom_scroll_cb (GtkEventControllerScroll *controller,
                double                    dx,
                double                    dy,
                AtlasWindow              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  atlas_window_set_zoom (self, next_zoom_step (self->zoom, dy < 0 ? 1 : -1));
  return TRUE;
}

/* "−  100%  +" at the top of a main menu */
static GtkWidget *
create_zoom_control (AtlasWindow *self,
                     guint        index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *out = gtk_button_new_from_icon_name ("zoom-out-symbolic");
  GtkWidget *reset = gtk_button_new_with_label ("100%");
  GtkWidget *in = gtk_button_new_from_icon_name ("zoom-in-symbolic");

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_set_hexpand (box, TRUE);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (out), "win.zoom-out");
  gtk_widget_set_tooltip_text (out, _("Zoom Out"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (out), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Zoom Out"), -1);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (reset), "win.zoom-reset");
  gtk_widget_set_tooltip_text (reset, _("Reset Zoom"));
  self->zoom_labels[index] = gtk_button_get_child (GTK_BUTTON (reset));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (in), "win.zoom-in");
  gtk_widget_set_tooltip_text (in, _("Zoom In"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (in), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Zoom In"), -1);

  {
    GtkWidget *buttons[] = { out, reset, in };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        gtk_widget_add_css_class (buttons[i], "flat");
        gtk_box_append (GTK_BOX (box), buttons[i]);
      }
  }

  return box;
}

/* The main menus (one in each pane's header bar) are made the first time
 * they open: their popovers, submenus and zoom controls were more than 1%
 * of start-up, for menus nobody opens at once. */
static void
create_main_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  AtlasWindow *self = ATLAS_WINDOW (user_data);

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (button)),
                              create_zoom_control (self, button == self->sidebar_menu_button ? 0 : 1),
                              "zoom");
  atlas_popover_menu_name_items (GTK_WIDGET (gtk_menu_button_get_popover (button)));
  sync_zoom_controls (self);
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 */
void
_atlas_window_zoom_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
}


void
_atlas_window_zoom_init (AtlasWindow *self)
{
  /* Zoom: the menus' control, Ctrl+scroll, and the level shown last */
  self->zoom = 1.0;
  gtk_menu_button_set_create_popup_func (self->sidebar_menu_button, create_main_menu_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->content_menu_button, create_main_menu_cb, self, NULL);
  {
    GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                  GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

    /* before the scrolled windows of the pages take the event */
    gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
    g_signal_connect (scroll, "scroll", G_CALLBACK (zoom_scroll_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->stack), scroll);
  }
}

/* Applies the zoom level to the content and the menus' controls */
void
_atlas_window_update_zoom (AtlasWindow *self)
{
  keep_place (self);
  update_zoom_css (self);
  update_fold (self);
  sync_zoom_controls (self);
}
