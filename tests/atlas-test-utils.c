/* atlas-test-utils.c: what the UI test programs share: set-up in the
 * locale the test runs under, the application, windows on a profile, and
 * walking the widget tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "atlas-test-utils.h"

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
  const char *builddir;
  g_autofree char *po = NULL;

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* gtk_test_init() keeps the C locale; gettext reads LANGUAGE only in
   * another one */
  setlocale (LC_ALL, "");
  builddir = g_getenv ("G_TEST_BUILDDIR");
  po = g_build_filename (builddir != NULL ? builddir : "tests", "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, po);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

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
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, "profile", profile, NULL);

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
