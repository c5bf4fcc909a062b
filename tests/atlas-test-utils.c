/* atlas-test-utils.c: what the UI test programs share: set-up in the
 * locale the test runs under, the application, windows on a profile,
 * walking the widget tree, windows that must be finalized, and real key
 * presses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "atlas-legal-item.h"
#include "atlas-section-page.h"
#include "atlas-test-i18n.h"
#include "atlas-test-utils.h"

/* after gtk.h, which tells which windowing systems GDK has */
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

const char * const atlas_test_section_titles[ATLAS_N_SECTIONS] = {
  "Overview", "Education", "Law Enforcement", "Organizations",
  "Research", "Legislation", "Timeline",
};

/**
 * atlas_test_init:
 *
 * gtk_test_init() and adw_init(), then the locale of the environment (a
 * test runs under fr_BE.UTF-8, nl_BE.UTF-8, en_US.UTF-8 or C.UTF-8) and
 * the catalogues built in build/po. The app's stylesheets are loaded by
 * the AtlasApplication of atlas_test_get_application(), made here, as
 * AdwApplication loads them: style.css, and style-hc.css in high
 * contrast.
 */
void
atlas_test_init (int    *argc,
                 char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  atlas_test_bind_catalogue ();

  atlas_test_get_application ();
}

/**
 * atlas_test_get_application:
 *
 * Returns: (transfer none): the one application of the test program,
 *   registered (and so started up, with its stylesheets) but not on the
 *   bus under the app's name, which the CLI tests use
 */
AtlasApplication *
atlas_test_get_application (void)
{
  static AtlasApplication *application;

  if (application == NULL)
    {
      application = atlas_application_new ();
      g_application_set_flags (G_APPLICATION (application),
                               G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));
    }

  return application;
}

/**
 * atlas_test_get_context:
 *
 * Returns: (transfer none): the context of the application of
 *   atlas_test_get_application(), kept in the tests' settings
 */
AtlasContext *
atlas_test_get_context (void)
{
  return atlas_application_get_context (atlas_test_get_application ());
}

/* The locale the test program runs under, as LC_MESSAGES names it */
const char *
atlas_test_locale (void)
{
  return setlocale (LC_MESSAGES, NULL);
}

AtlasProfile *
atlas_test_load_profile (const char *resource)
{
  g_autoptr(GError) error = NULL;
  AtlasProfile *profile = atlas_profile_new_from_resource (resource, &error);

  g_assert_no_error (error);
  return profile;
}

/* A window of the given size on @profile, shown and drawn */
AtlasWindow *
atlas_test_create_window (AtlasProfile *profile,
                          int           width,
                          int           height)
{
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW,
                                      "context", atlas_test_get_context (),
                                      "profile", profile,
                                      NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

/* Shows @section's page and waits until it is drawn */
GtkWidget *
atlas_test_show_page (AtlasWindow  *window,
                      AtlasSection  section)
{
  atlas_window_set_section (window, section);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return atlas_window_get_page (window, section);
}

static void
count_frame (GdkFrameClock *clock,
             guint         *n)
{
  (*n)++;
}

/* Runs the main loop until @widget's frame clock has painted @n_frames
 * more frames (or a second has passed, for a widget that is not shown) */
void
atlas_test_wait_frames (GtkWidget *widget,
                        guint      n_frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;
  guint n = 0;
  gulong id;

  if (clock == NULL)
    return;

  id = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &n);
  while (n < n_frames && g_get_monotonic_time () < end)
    {
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, id);
}

/* The first widget under @widget (itself included) of @type, with @name
 * as its widget name unless %NULL */
GtkWidget *
atlas_test_find_descendant (GtkWidget  *widget,
                            GType       type,
                            const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (widget), name) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = atlas_test_find_descendant (child, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Adds to @found every widget under @widget (itself included) that
 * @matches, in tree order */
void
atlas_test_collect (GtkWidget  *widget,
                    gboolean  (*matches) (GtkWidget *widget),
                    GPtrArray  *found)
{
  if (matches (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    atlas_test_collect (child, matches, found);
}

/* The number of rows a GtkListBox holds */
guint
atlas_test_count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

/* The first label under @widget (itself included) whose text contains
 * @needle, or %NULL */
GtkLabel *
atlas_test_find_label (GtkWidget  *widget,
                       const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = atlas_test_find_label (child, needle);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The row of the legal item @id on @window's Legislation page */
GtkWidget *
atlas_test_legal_row (AtlasWindow *window,
                      const char  *id)
{
  AtlasSectionPage *page = ATLAS_SECTION_PAGE (atlas_window_get_page (window, ATLAS_SECTION_LEGISLATION));
  GListModel *shown = atlas_section_page_get_shown_items (page);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(AtlasLegalItem) item = g_list_model_get_item (shown, i);

      if (g_str_equal (atlas_item_get_id (ATLAS_ITEM (item)), id))
        return GTK_WIDGET (gtk_list_box_get_row_at_index (atlas_section_page_get_list (page), i));
    }

  g_assert_not_reached ();
}

/* The first window of @type on screen (a dialog, the presentation), or
 * %NULL */
GtkWindow *
atlas_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }

  return NULL;
}

/* The presentation on screen, or %NULL */
AtlasPresentation *
atlas_test_find_presentation (void)
{
  return (AtlasPresentation *) atlas_test_find_toplevel (ATLAS_TYPE_PRESENTATION);
}

/* The text of a PDF, with pdftotext (poppler-utils) */
char *
atlas_test_pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/**
 * atlas_test_save_png:
 * @widget: a widget on screen, drawn at least once
 *
 * Renders @widget with its window's renderer and writes it to @path as a
 * PNG: what the screen shows of it, over black (a widget that must show
 * something light has to draw it itself).
 */
void
atlas_test_save_png (GtkWidget  *widget,
                     const char *path)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  graphene_rect_t bounds;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  g_assert_nonnull (parent);
  g_assert_true (gtk_widget_compute_bounds (widget, parent, &bounds));
  g_assert_cmpfloat (bounds.size.width, >, 0);
  g_assert_cmpfloat (bounds.size.height, >, 0);

  /* As its parent draws it, where its parent draws it */
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 1 }, &bounds);
  gtk_widget_snapshot_child (parent, widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/**
 * atlas_test_read_qr:
 *
 * Reads the QR code in the image at @png_path with zbarimg (Debian's
 * zbar-tools), as a phone would.
 *
 * Returns: (transfer full) (nullable): what the code says, %NULL when
 *   zbarimg finds no code
 */
char *
atlas_test_read_qr (const char *png_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;
  const char *argv[] = { "zbarimg", "--raw", "-q", png_path, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  /* zbarimg exits with 4 when the image has no code */
  if (!g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_strchomp (g_steal_pointer (&out));
}

/* One turn of the main loop without blocking, or a millisecond's sleep
 * when nothing was ready */
static void
iterate_briefly (void)
{
  if (!g_main_context_iteration (NULL, FALSE))
    g_usleep (1000);
}

/* What is ready on the main loop, at most for a second */
static void
drain_main_loop (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

  while (g_main_context_pending (NULL) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* A "notify" handler that counts the notifications in @count */
void
atlas_test_count_notify (GObject    *object,
                         GParamSpec *pspec,
                         guint      *count)
{
  (*count)++;
}

/* A link of the app (atlas_link_button_new()), for atlas_test_collect() */
gboolean
atlas_test_is_link (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "atlas-link");
}

/**
 * atlas_test_assert_finalized:
 * @object: (transfer full): the last reference to an object
 *
 * Lets the main loop finish what it was doing for @object, then drops
 * the reference and asserts that nothing else keeps @object alive
 */
void
atlas_test_assert_finalized (gpointer object)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* Work in a thread, as a file being written, holds a reference until
   * its callback has run: at most 5 s */
  while (G_OBJECT (object)->ref_count > 1 && g_get_monotonic_time () < end)
    iterate_briefly ();
  drain_main_loop ();
  g_assert_finalize_object (object);
}

/* Destroys @window and asserts that nothing keeps it alive */
void
atlas_test_destroy_window (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (window);
  atlas_test_assert_finalized (window);
}

/* Runs the main loop until @window is the active window, at most 5 s */
static gboolean
wait_active (GtkWindow *window)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_window_is_active (window) && g_get_monotonic_time () < end)
    iterate_briefly ();

  return gtk_window_is_active (window);
}

static void
run_xdotool (const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_strv_builder_add (builder, "xdotool");
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xdotool %s: %s", argv[1], err);
}

/* Whether xdotool can send events to @window: an X11 display and xdotool
 * installed, else the test is skipped. Makes @window the active one. */
static gboolean
prepare_xdotool (GtkWidget *window)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (gtk_widget_get_display (window)))
#endif
    {
      g_test_skip ("real input events need an X11 display");
      return FALSE;
    }
  if (xdotool == NULL)
    {
      g_test_skip ("real input events need xdotool");
      return FALSE;
    }

  /* Keys go to the window that has the focus. Without a window
   * manager, presenting gives it; else xdotool does */
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_active (GTK_WINDOW (window)))
    {
#ifdef GDK_WINDOWING_X11
      g_autofree char *xid =
        g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
      const char *focus[] = { "windowfocus", "--sync", xid, NULL };

      run_xdotool (focus);
#endif
      g_assert_true (wait_active (GTK_WINDOW (window)));
    }

  /* Not faster than the screen: Esc pressed before the search bar that
   * Ctrl+F opened has drawn a frame does not close it (GTK 4.8.3) */
  atlas_test_wait_frames (window, 3);

  return TRUE;
}

typedef struct {
  gboolean (*counts) (GdkEvent *event);
  guint      n_seen;
} EventCount;

static gboolean
count_event_cb (GtkEventControllerLegacy *controller,
                GdkEvent                 *event,
                EventCount               *count)
{
  count->n_seen += count->counts (event);
  return GDK_EVENT_PROPAGATE;
}

/* Runs xdotool with @argv, then the main loop until @window has seen
 * @n_expected events that @counts (at most 5 s), and what they started */
static void
send_events (GtkWidget          *window,
             const char * const *argv,
             gboolean          (*counts) (GdkEvent *event),
             guint               n_expected,
             const char         *what)
{
  EventCount count = { counts, 0 };
  GtkEventController *controller;
  gint64 end;

  /* Seen first, before any shortcut or gesture of the window or its children */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (count_event_cb), &count);
  gtk_widget_add_controller (window, controller);
  g_object_add_weak_pointer (G_OBJECT (controller), (gpointer *) &controller);
  g_object_ref (window);

  run_xdotool (argv);

  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (count.n_seen < n_expected && g_get_monotonic_time () < end)
    iterate_briefly ();
  /* The releases, and what the events started */
  gdk_display_sync (gtk_widget_get_display (window));
  drain_main_loop ();

  if (controller != NULL)
    {
      g_signal_handlers_disconnect_by_func (controller, count_event_cb, &count);
      g_object_remove_weak_pointer (G_OBJECT (controller), (gpointer *) &controller);
      if (gtk_event_controller_get_widget (controller) == window)
        gtk_widget_remove_controller (window, controller);
    }
  g_object_unref (window);

  if (count.n_seen < n_expected)
    g_error ("%s: the window saw %u of %u", what, count.n_seen, n_expected);
}

static gboolean
is_key_press (GdkEvent *event)
{
  return gdk_event_get_event_type (event) == GDK_KEY_PRESS;
}

/**
 * atlas_test_send_keys:
 * @window: the window the keys go to
 * @keys: key combinations as xdotool names them, separated by spaces:
 *   "alt+6", "ctrl+plus ctrl+plus", "Escape"
 *
 * Presses and releases @keys on the X display, as a keyboard does (GTK 4
 * has no API to make key events; xdotool sends real ones through the
 * XTEST extension). @window is made the active window first; then the
 * main loop runs until @window has seen every key pressed (at most 5 s),
 * and what the keys set going has been handled.
 *
 * Returns: %FALSE, with the test skipped, where xdotool is not installed
 *   or the display is not X11
 */
gboolean
atlas_test_send_keys (GtkWidget  *window,
                      const char *keys)
{
  g_auto(GStrv) combinations = g_strsplit (keys, " ", -1);
  g_autoptr(GStrvBuilder) args = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  guint n_expected = 0;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (!prepare_xdotool (window))
    return FALSE;

  /* Each key of a combination is one press */
  g_strv_builder_add (args, "key");
  for (guint i = 0; combinations[i] != NULL; i++)
    {
      if (*combinations[i] == '\0')
        continue;
      g_strv_builder_add (args, combinations[i]);
      n_expected++;
      for (const char *c = combinations[i]; *c != '\0'; c++)
        n_expected += *c == '+';
    }
  argv = g_strv_builder_end (args);

  send_events (window, (const char * const *) argv, is_key_press, n_expected, keys);

  return TRUE;
}

/* A click released, or a step of the wheel */
static gboolean
is_click (GdkEvent *event)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_RELEASE:
      return TRUE;

    case GDK_SCROLL:
      return gdk_scroll_event_get_direction (event) != GDK_SCROLL_SMOOTH ||
             !gdk_scroll_event_is_stop (event);

    default:
      return FALSE;
    }
}

/**
 * atlas_test_send_clicks:
 * @window: the window clicked
 * @x: where, in @window's coordinates
 * @y: where, in @window's coordinates
 * @buttons: buttons as xdotool numbers them, separated by spaces: "1"
 *   (a click), "3" (a right click), "4" and "5" (the wheel up and down)
 *
 * Moves the pointer to @x, @y in @window and clicks @buttons there, as a
 * mouse does (through xdotool, as atlas_test_send_keys()); then runs the
 * main loop until @window has seen every click (at most 5 s) and what
 * they set going has been handled.
 *
 * Returns: %FALSE, with the test skipped, where xdotool is not installed
 *   or the display is not X11
 */
gboolean
atlas_test_send_clicks (GtkWidget  *window,
                        double      x,
                        double      y,
                        const char *buttons)
{
  g_auto(GStrv) clicks = g_strsplit (buttons, " ", -1);
  g_autoptr(GStrvBuilder) args = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autofree char *xid = NULL;
  g_autofree char *x_text = NULL;
  g_autofree char *y_text = NULL;
  double surface_x, surface_y;
  guint n_expected = 0;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (!prepare_xdotool (window))
    return FALSE;

#ifdef GDK_WINDOWING_X11
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
#endif
  /* The surface has the window's shadow around the widget */
  gtk_native_get_surface_transform (GTK_NATIVE (window), &surface_x, &surface_y);
  x_text = g_strdup_printf ("%d", (int) (x + surface_x));
  y_text = g_strdup_printf ("%d", (int) (y + surface_y));
  /* Not --sync: xdotool then waits 15 s where the pointer is already
   * there. The X server handles the move before the clicks anyway. */
  g_strv_builder_add_many (args, "mousemove", "--window", xid, x_text, y_text, NULL);
  for (guint i = 0; clicks[i] != NULL; i++)
    {
      if (*clicks[i] == '\0')
        continue;
      g_strv_builder_add_many (args, "click", clicks[i], NULL);
      n_expected++;
    }
  argv = g_strv_builder_end (args);

  send_events (window, (const char * const *) argv, is_click, n_expected, buttons);

  return TRUE;
}

/**
 * atlas_test_resize_window:
 * @window: a window on screen
 * @width: its new width, without its shadow
 * @height: its new height, without its shadow
 *
 * Resizes @window from outside, as a window manager does (through
 * xdotool): for a window GTK would not resize itself, as a presentation
 * that could not go full screen without a window manager. Runs the main
 * loop until @window has its new size (at most 5 s).
 *
 * Returns: %FALSE, with the test skipped, where xdotool is not installed
 *   or the display is not X11
 */
gboolean
atlas_test_resize_window (GtkWidget *window,
                          int        width,
                          int        height)
{
  GdkSurface *surface;
  g_autofree char *xid = NULL;
  g_autofree char *width_text = NULL;
  g_autofree char *height_text = NULL;
  gint64 end;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (!prepare_xdotool (window))
    return FALSE;

  surface = gtk_native_get_surface (GTK_NATIVE (window));
#ifdef GDK_WINDOWING_X11
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
#endif
  /* xdotool sizes the surface, shadow included */
  width_text = g_strdup_printf ("%d", width + gdk_surface_get_width (surface) - gtk_widget_get_width (window));
  height_text = g_strdup_printf ("%d", height + gdk_surface_get_height (surface) - gtk_widget_get_height (window));
  run_xdotool ((const char *[]) { "windowsize", "--sync", xid, width_text, height_text, NULL });

  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((gtk_widget_get_width (window) != width || gtk_widget_get_height (window) != height) &&
         g_get_monotonic_time () < end)
    iterate_briefly ();
  drain_main_loop ();

  return gtk_widget_get_width (window) == width && gtk_widget_get_height (window) == height;
}
