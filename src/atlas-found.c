/* atlas-found.c: an item a search or a link led to, shown where the eye
 * looks first and marked until the reader does something; and where a
 * widget is in what scrolls it (atlas-widgets.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-widgets"

#include "config.h"

#include "atlas-widgets.h"

/* An item a search or a link led to
 *
 * It is scrolled to the upper third of what scrolls around it (where the
 * eye looks first, not at the bottom edge where keyboard focus alone puts
 * it), and stays marked until the reader does something in its window: a
 * key pressed, a click, a touch, a scroll. One item is marked at a time
 * in a window; the window keeps it (FoundMark). */

/* Where the top of the item goes: this fraction of the visible height
 * from the top */
#define FOUND_POSITION (1.0 / 6.0)
/* Frames to wait for the item's page to take its size (a page just
 * shown has none), after which the item stays where it is */
#define FOUND_MAX_FRAMES 30

typedef struct {
  GtkWidget     *widget;  /* weak: the item marked */
  guint          tick_id; /* scrolling it into place, when not 0 */
  guint          n_frames;
  guint          n_still;  /* frames in a row it was in place */
  GtkAdjustment *adjustment;  /* weak: what scrolls it, watched meanwhile */
  gboolean       scrolling;   /* the adjustment changes: ours */
  double         value;       /* its value, size and page when last seen */
  double         upper;
  double         page_size;
} FoundMark;

static void
found_mark_stop_scrolling (FoundMark *mark)
{
  if (mark->tick_id != 0 && mark->widget != NULL)
    gtk_widget_remove_tick_callback (mark->widget, mark->tick_id);
  mark->tick_id = 0;
  if (mark->adjustment != NULL)
    g_signal_handlers_disconnect_by_data (mark->adjustment, mark);
  g_clear_weak_pointer (&mark->adjustment);
}

static void
remember_adjustment (FoundMark     *mark,
                     GtkAdjustment *adjustment)
{
  mark->value = gtk_adjustment_get_value (adjustment);
  mark->upper = gtk_adjustment_get_upper (adjustment);
  mark->page_size = gtk_adjustment_get_page_size (adjustment);
}

/* Someone else scrolled (the reader, or the app restoring a place): the
 * item stays where that put it. When the page changes size (rows made,
 * the search bar closing), GTK keeps the value within the new range:
 * that is not a scroll. */
static void
found_value_changed_cb (GtkAdjustment *adjustment,
                        FoundMark     *mark)
{
  double value = gtk_adjustment_get_value (adjustment);
  double largest = MAX (gtk_adjustment_get_lower (adjustment),
                        gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  gboolean resized = !G_APPROX_VALUE (mark->upper, gtk_adjustment_get_upper (adjustment), 0.5) ||
                     !G_APPROX_VALUE (mark->page_size, gtk_adjustment_get_page_size (adjustment), 0.5);

  if (mark->scrolling)
    return;

  if (resized && G_APPROX_VALUE (value, CLAMP (mark->value, gtk_adjustment_get_lower (adjustment), largest), 0.5))
    {
      remember_adjustment (mark, adjustment);
      return;
    }

  found_mark_stop_scrolling (mark);
}

static void
found_mark_clear (FoundMark *mark)
{
  found_mark_stop_scrolling (mark);
  if (mark->widget != NULL)
    gtk_widget_remove_css_class (mark->widget, "atlas-found");
  g_clear_weak_pointer (&mark->widget);
}

static void
found_mark_free (gpointer data)
{
  FoundMark *mark = data;

  found_mark_clear (mark);
  g_free (mark);
}

/* The next action in the window: the mark goes; the event goes on */
static gboolean
found_event_cb (GtkEventControllerLegacy *controller,
                GdkEvent                 *event,
                FoundMark                *mark)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
    case GDK_SCROLL:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      found_mark_clear (mark);
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

/* The mark of @root's window, made with the controller that clears it
 * the first time */
static FoundMark *
get_found_mark (GtkRoot *root)
{
  FoundMark *mark = g_object_get_data (G_OBJECT (root), "atlas-found-mark");
  GtkEventController *controller;

  if (mark != NULL)
    return mark;

  mark = g_new0 (FoundMark, 1);
  g_object_set_data_full (G_OBJECT (root), "atlas-found-mark", mark, found_mark_free);

  /* Before any widget of the window sees the event */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "atlas-found");
  g_signal_connect (controller, "event", G_CALLBACK (found_event_cb), mark);
  gtk_widget_add_controller (GTK_WIDGET (root), controller);

  return mark;
}

/**
 * atlas_widget_get_scroll_offset:
 * @widget: a widget in a #GtkScrolledWindow
 * @scrolled: (out) (optional): the scrolled window
 * @offset: (out): where the top of @widget is, in pixels from the top of
 *   what the scrolled window shows
 *
 * Returns: whether @widget is in a scrolled window and has a place in it
 *   (it is laid out)
 */
gboolean
atlas_widget_get_scroll_offset (GtkWidget          *widget,
                                GtkScrolledWindow **scrolled,
                                double             *offset)
{
  GtkWidget *ancestor = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t point;

  /* not laid out yet: no height */
  if (ancestor == NULL || !gtk_widget_get_mapped (widget) || gtk_widget_get_height (widget) <= 0 ||
      gtk_widget_get_height (ancestor) <= 0 ||
      !gtk_widget_compute_point (widget, ancestor, &GRAPHENE_POINT_INIT (0, 0), &point))
    return FALSE;

  if (scrolled != NULL)
    *scrolled = GTK_SCROLLED_WINDOW (ancestor);
  *offset = point.y;
  return TRUE;
}

/**
 * atlas_adjustment_scroll_by:
 * @by: pixels, down when positive
 *
 * Scrolls @adjustment by @by, as far as its ends allow.
 *
 * Returns: whether it moved, by a pixel or more
 */
gboolean
atlas_adjustment_scroll_by (GtkAdjustment *adjustment,
                            double         by)
{
  double value = CLAMP (gtk_adjustment_get_value (adjustment) + by,
                        gtk_adjustment_get_lower (adjustment),
                        gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));

  if (G_APPROX_VALUE (value, gtk_adjustment_get_value (adjustment), 1.0))
    return FALSE;

  gtk_adjustment_set_value (adjustment, value);
  return TRUE;
}

/* Moves the item to its place, frame after frame, as long as its page
 * changes size under it (rows made, texts wrapped) */
static gboolean
place_found_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  FoundMark *mark = user_data;
  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;
  double offset, target;
  gboolean moved;

  if (++mark->n_frames > FOUND_MAX_FRAMES)
    goto done;

  if (!atlas_widget_get_scroll_offset (widget, &scrolled, &offset))
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  if (adjustment == mark->adjustment)
    remember_adjustment (mark, adjustment);
  target = gtk_adjustment_get_page_size (adjustment) * FOUND_POSITION;

  mark->scrolling = TRUE;
  moved = atlas_adjustment_scroll_by (adjustment, offset - target);
  mark->scrolling = FALSE;
  if (moved)
    {
      mark->n_still = 0;
      if (adjustment == mark->adjustment)
        remember_adjustment (mark, adjustment);
      return G_SOURCE_CONTINUE;
    }

  /* In place for three frames: the page has its size */
  if (++mark->n_still < 3)
    return G_SOURCE_CONTINUE;

done:
  /* removed by returning */
  mark->tick_id = 0;
  found_mark_stop_scrolling (mark);
  return G_SOURCE_REMOVE;
}

/**
 * atlas_widget_show_found:
 * @widget: an item a search or a link led to
 *
 * Gives @widget the keyboard focus, scrolls it to the upper third of the
 * view and marks it, so that the eye finds it, until the next key press,
 * click or scroll in its window.
 */
void
atlas_widget_show_found (GtkWidget *widget)
{
  GtkRoot *root;
  FoundMark *mark;
  GtkWidget *scrolled;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_grab_focus (widget);

  root = gtk_widget_get_root (widget);
  if (root == NULL)
    return;

  mark = get_found_mark (root);
  found_mark_clear (mark);
  g_set_weak_pointer (&mark->widget, widget);
  gtk_widget_add_css_class (widget, "atlas-found");

  mark->n_frames = 0;
  mark->n_still = 0;
  mark->tick_id = gtk_widget_add_tick_callback (widget, place_found_cb, mark, NULL);

  scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled != NULL)
    {
      g_set_weak_pointer (&mark->adjustment, gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
      remember_adjustment (mark, mark->adjustment);
      g_signal_connect (mark->adjustment, "value-changed", G_CALLBACK (found_value_changed_cb), mark);
    }
}
