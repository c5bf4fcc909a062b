/* atlas-page.c: what the window asks of every page it shows: to bring an
 * item into view, the item the reader is at, and the adjustment of what
 * scrolls (for the reader's place); and what a page tells whoever shows
 * it: a short message for a toast. So no page names its window, and the
 * window never asks a page what type it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-page"

#include "config.h"

#include "atlas-page.h"

G_DEFINE_INTERFACE (AtlasPage, atlas_page, GTK_TYPE_WIDGET)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The item atlas_page_focus_item() brought into view last, and the widget
 * that took the keyboard focus for it, kept on the page */
typedef struct {
  char      *id;
  GtkWidget *focus;  /* weak */
} FocusedItem;

static GQuark focused_item_quark;

static void
focused_item_free (gpointer data)
{
  FocusedItem *focused = data;

  g_clear_weak_pointer (&focused->focus);
  g_free (focused->id);
  g_free (focused);
}

/* The widget with the keyboard focus in @self's window, if it is in @self */
static GtkWidget *
get_focus_in (AtlasPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ? focus : NULL;
}

static void
remember_focused_item (AtlasPage  *self,
                       const char *id)
{
  GtkWidget *focus = get_focus_in (self);
  FocusedItem *focused = NULL;

  if (focus != NULL)
    {
      focused = g_new0 (FocusedItem, 1);
      focused->id = g_strdup (id);
      g_set_weak_pointer (&focused->focus, focus);
    }

  g_object_set_qdata_full (G_OBJECT (self), focused_item_quark, focused, focused_item_free);
}

static gboolean
atlas_page_real_focus_item (AtlasPage  *self,
                            const char *id)
{
  return FALSE;
}

/* The item brought into view last, as long as the keyboard focus is in
 * what took it then (the item's row, or a button of it) */
static const char *
atlas_page_real_get_item (AtlasPage *self)
{
  FocusedItem *focused = g_object_get_qdata (G_OBJECT (self), focused_item_quark);
  GtkWidget *focus = get_focus_in (self);

  if (focused == NULL || focused->focus == NULL || focus == NULL)
    return NULL;

  if (focus != focused->focus && !gtk_widget_is_ancestor (focus, focused->focus))
    return NULL;

  return focused->id;
}

static void
atlas_page_default_init (AtlasPageInterface *iface)
{
  iface->focus_item = atlas_page_real_focus_item;
  iface->get_item = atlas_page_real_get_item;

  focused_item_quark = g_quark_from_static_string ("atlas-page-focused-item");

  /**
   * AtlasPage::toast:
   * @message: what to tell the reader, plain text
   *
   * Emitted when the page has something short to say: "Citation copied".
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_STRING);
}

/**
 * atlas_page_focus_item:
 * @id: the id of an item of the page's section
 *
 * Brings the item into view and gives it the keyboard focus.
 *
 * Returns: whether the page has that item
 */
gboolean
atlas_page_focus_item (AtlasPage  *self,
                       const char *id)
{
  g_return_val_if_fail (ATLAS_IS_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!ATLAS_PAGE_GET_IFACE (self)->focus_item (self, id))
    return FALSE;

  remember_focused_item (self, id);
  return TRUE;
}

/**
 * atlas_page_get_item:
 *
 * The item the reader is at, as far as the page knows. Unless the page
 * knows better, it is the item atlas_page_focus_item() brought into view
 * last (a search result, a link followed, the last slide presented),
 * while the keyboard focus stays in it.
 *
 * Returns: (nullable): the id of the item, or %NULL
 */
const char *
atlas_page_get_item (AtlasPage *self)
{
  g_return_val_if_fail (ATLAS_IS_PAGE (self), NULL);

  return ATLAS_PAGE_GET_IFACE (self)->get_item (self);
}

/**
 * atlas_page_get_vadjustment:
 *
 * Returns: (transfer none) (nullable): the vertical adjustment of what
 *   scrolls in the page
 */
GtkAdjustment *
atlas_page_get_vadjustment (AtlasPage *self)
{
  AtlasPageInterface *iface;

  g_return_val_if_fail (ATLAS_IS_PAGE (self), NULL);

  iface = ATLAS_PAGE_GET_IFACE (self);
  return iface->get_vadjustment != NULL ? iface->get_vadjustment (self) : NULL;
}

/**
 * atlas_page_get_shown_items:
 *
 * What a presentation of the page shows: the items the page lists, with
 * its filter and in its order.
 *
 * Returns: (transfer none) (nullable): a model of #AtlasItem, or %NULL
 *   for a page that shows its section whole (the Overview)
 */
GListModel *
atlas_page_get_shown_items (AtlasPage *self)
{
  AtlasPageInterface *iface;

  g_return_val_if_fail (ATLAS_IS_PAGE (self), NULL);

  iface = ATLAS_PAGE_GET_IFACE (self);
  return iface->get_shown_items != NULL ? iface->get_shown_items (self) : NULL;
}

/**
 * atlas_page_get_item_at_top:
 *
 * The first item the reader sees: the one at the top of the scrolled
 * view, even if only its end shows.
 *
 * Returns: (nullable): the id of the item, or %NULL
 */
const char *
atlas_page_get_item_at_top (AtlasPage *self)
{
  AtlasPageInterface *iface;

  g_return_val_if_fail (ATLAS_IS_PAGE (self), NULL);

  iface = ATLAS_PAGE_GET_IFACE (self);
  return iface->get_item_at_top != NULL ? iface->get_item_at_top (self) : NULL;
}

/**
 * atlas_page_find_top_child:
 * @viewport: what the page scrolls in (its scrolled window)
 * @parent: the widget whose children show the items, in any order
 *
 * For the pages' get_item_at_top(): the child of @parent nearest the top
 * of @viewport that is in view, or below it.
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
atlas_page_find_top_child (GtkWidget *viewport,
                           GtkWidget *parent)
{
  GtkWidget *best = NULL;
  double best_y = G_MAXDOUBLE;

  g_return_val_if_fail (GTK_IS_WIDGET (viewport), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child) ||
          !gtk_widget_compute_bounds (child, viewport, &bounds))
        continue;

      /* The bottom edge below the top of the view, the top edge nearest it */
      if (bounds.origin.y + bounds.size.height > 1 && bounds.origin.y < best_y)
        {
          best = child;
          best_y = bounds.origin.y;
        }
    }

  return best;
}

/**
 * atlas_page_toast:
 * @message: what to tell the reader, plain text
 *
 * Emits #AtlasPage::toast: for the pages themselves.
 */
void
atlas_page_toast (AtlasPage  *self,
                  const char *message)
{
  g_return_if_fail (ATLAS_IS_PAGE (self));
  g_return_if_fail (message != NULL);

  g_signal_emit (self, signals[TOAST], 0, message);
}
