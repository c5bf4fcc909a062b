/* test-accessible.c: every control has a name a screen reader can say, in
 * context
 *
 * GTK 4.8 computes a widget's accessible name (its label property, the
 * widgets that label it, or its type as a last resort) only for the
 * accessibility bus: no API returns it. So each test shows a state of the
 * app here, with GTK's AT-SPI bridge on, and runs accessible-names.py,
 * which reads the names over the real bus as Orca does, while this process
 * keeps answering. See that script for the rules; with ATLAS_A11Y_DUMP set
 * in the environment, it prints the whole tree it walks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "atlas-presentation.h"
#include "atlas-test-utils.h"

typedef struct {
  char     *output;
  int       status;
  gboolean  done;
} Walk;

static void
walk_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GSubprocess *process = G_SUBPROCESS (object);
  Walk *walk = user_data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (process, result, &walk->output, NULL, &error);
  g_assert_no_error (error);
  walk->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  walk->done = TRUE;
}

/* Runs accessible-names.py on this process and fails the test when it
 * finds a badly named control; @page is the title of the page the main
 * window shows, if any. The main loop runs meanwhile: GTK answers the
 * script's questions from it. */
static void
check_names (const char *scene,
             const char *page,
             guint       min_controls)
{
  const char *python = g_getenv ("ATLAS_PYTHON");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "accessible-names.py", NULL);
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
  g_autofree char *min = g_strdup_printf ("%u", min_controls);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  Walk walk = { NULL, 0, FALSE };

  g_ptr_array_add (argv, (char *) (python != NULL ? python : "/usr/bin/python3"));
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, (char *) "--pid");
  g_ptr_array_add (argv, pid);
  g_ptr_array_add (argv, (char *) "--scene");
  g_ptr_array_add (argv, (char *) scene);
  g_ptr_array_add (argv, (char *) "--min-controls");
  g_ptr_array_add (argv, min);
  if (g_getenv ("ATLAS_A11Y_DUMP") != NULL)
    g_ptr_array_add (argv, (char *) "--dump");
  if (page != NULL)
    {
      g_ptr_array_add (argv, (char *) "--page");
      g_ptr_array_add (argv, (char *) page);
    }
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, walk_done_cb, &walk);
  while (!walk.done)
    g_main_context_iteration (NULL, TRUE);

  if (walk.status == 77)
    {
      g_test_skip (walk.output);
      return;
    }

  /* One problem a line, then a summary */
  lines = g_strsplit (g_strchomp (walk.output), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_test_message ("%s", lines[i]);
  if (walk.status != 0)
    g_test_fail_printf ("%s: badly named controls (status %d)", scene, walk.status);
  g_free (walk.output);
}

static AtlasWindow *
create_window (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, "context", atlas_test_get_context (), "profile", profile, NULL);

  /* A window of the application, as the app's are: presenting needs it */
  gtk_application_add_window (GTK_APPLICATION (atlas_test_get_application ()), GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static void
test_pages (void)
{
  AtlasWindow *window = create_window ();

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      GtkWidget *page = atlas_test_show_page (window, section);

      g_assert_nonnull (page);
      atlas_test_wait_frames (GTK_WIDGET (window), 2);
      check_names (atlas_section_get_name (section), atlas_section_get_title (section), 5);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_toggle_button (GtkWidget *widget)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_visible (widget) &&
         !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)) &&
         !GTK_IS_DROP_DOWN (gtk_widget_get_parent (widget));
}

/* The long summaries of publications, opened: the button then says "less" */
static void
test_research_opened (void)
{
  AtlasWindow *window = create_window ();
  GtkWidget *page = atlas_test_show_page (window, ATLAS_SECTION_RESEARCH);
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();

  atlas_test_collect (page, is_toggle_button, toggles);
  g_assert_cmpuint (toggles->len, >, 0);
  for (guint i = 0; i < toggles->len; i++)
    gtk_toggle_button_set_active (toggles->pdata[i], TRUE);
  atlas_test_wait_frames (GTK_WIDGET (window), 2);

  check_names ("research-opened", atlas_section_get_title (ATLAS_SECTION_RESEARCH), 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search (void)
{
  AtlasWindow *window = create_window ();

  /* As typing in the search bar does, once its typing delay is over */
  atlas_window_search (window, "online");
  atlas_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (atlas_window_get_search_text (window), ==, "online");

  check_names ("search", _("Search"), 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_menu_button (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget);
}

/* Each menu button shown, its menu open: the main menu (in the sidebar or
 * over the content, as the window's width has it) and the Research page's
 * export menu */
static void
test_menus (void)
{
  AtlasWindow *window = create_window ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  atlas_test_show_page (window, ATLAS_SECTION_RESEARCH);
  atlas_test_collect (GTK_WIDGET (window), is_menu_button, buttons);
  g_assert_cmpuint (buttons->len, >=, 2);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = buttons->pdata[i];
      g_autofree char *scene = g_strdup_printf ("menu-%u", i);

      gtk_menu_button_popup (button);
      atlas_test_wait_frames (GTK_WIDGET (window), 2);
      check_names (scene, atlas_section_get_title (ATLAS_SECTION_RESEARCH), 5);
      gtk_menu_button_popdown (button);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_presentation (void)
{
  AtlasWindow *window = create_window ();
  AtlasPresentation *presentation;

  atlas_test_show_page (window, ATLAS_SECTION_LEGISLATION);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));

  check_names ("presentation", NULL, 3);

  gtk_window_destroy (GTK_WINDOW (presentation));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shortcuts_window (void)
{
  AtlasWindow *window = create_window ();
  GtkShortcutsWindow *overlay;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (overlay));

  check_names ("shortcuts", NULL, 1);

  gtk_window_close (GTK_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Accessible/pages", test_pages);
  g_test_add_func ("/Atlas/Accessible/research-opened", test_research_opened);
  g_test_add_func ("/Atlas/Accessible/search", test_search);
  g_test_add_func ("/Atlas/Accessible/menus", test_menus);
  g_test_add_func ("/Atlas/Accessible/presentation", test_presentation);
  g_test_add_func ("/Atlas/Accessible/shortcuts-window", test_shortcuts_window);

  return g_test_run ();
}
