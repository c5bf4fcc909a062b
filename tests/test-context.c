/* test-context.c: the app's shared state, with and without its settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-context.h"
#include "atlas-test-utils.h"

/* Without the settings schema: the defaults, changed and notified as
 * with it, kept nowhere */
static void
test_without_settings (void)
{
  AtlasContext *context = atlas_context_new_for_settings (NULL);
  guint zoom_notified = 0, safe_notified = 0, language_notified = 0, width_notified = 0;
  int width, height;
  gboolean maximized;

  g_signal_connect (context, "notify::zoom", G_CALLBACK (atlas_test_count_notify), &zoom_notified);
  g_signal_connect (context, "notify::classroom-safe", G_CALLBACK (atlas_test_count_notify), &safe_notified);
  g_signal_connect (context, "notify::language", G_CALLBACK (atlas_test_count_notify), &language_notified);
  g_signal_connect (context, "notify::window-width", G_CALLBACK (atlas_test_count_notify), &width_notified);

  g_assert_cmpfloat (atlas_context_get_zoom (context), ==, 1.0);
  g_assert_false (atlas_context_get_classroom_safe (context));
  g_assert_cmpstr (atlas_context_get_style (context), ==, "system");
  g_assert_cmpstr (atlas_context_get_language (context), ==, "system");
  g_assert_cmpint (atlas_context_get_last_section (context), ==, ATLAS_SECTION_OVERVIEW);
  atlas_context_get_window_size (context, &width, &height, &maximized);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 740);
  g_assert_false (maximized);

  /* Notified once a change; the same value again changes nothing */
  atlas_context_set_zoom (context, 1.5);
  atlas_context_set_zoom (context, 1.5);
  g_assert_cmpuint (zoom_notified, ==, 1);
  g_assert_cmpfloat (atlas_context_get_zoom (context), ==, 1.5);

  /* Out of range: the nearest end */
  atlas_context_set_zoom (context, 10.0);
  g_assert_cmpfloat (atlas_context_get_zoom (context), ==, ATLAS_ZOOM_MAX);
  atlas_context_set_zoom (context, 0.1);
  g_assert_cmpfloat (atlas_context_get_zoom (context), ==, ATLAS_ZOOM_MIN);
  g_assert_cmpuint (zoom_notified, ==, 3);

  atlas_context_set_classroom_safe (context, TRUE);
  atlas_context_set_classroom_safe (context, TRUE);
  g_assert_true (atlas_context_get_classroom_safe (context));
  g_assert_cmpuint (safe_notified, ==, 1);

  g_object_set (context, "language", "nl", NULL);
  g_object_set (context, "language", "nl", NULL);
  g_assert_cmpstr (atlas_context_get_language (context), ==, "nl");
  g_assert_cmpuint (language_notified, ==, 1);

  atlas_context_set_last_section (context, ATLAS_SECTION_TIMELINE);
  g_assert_cmpint (atlas_context_get_last_section (context), ==, ATLAS_SECTION_TIMELINE);

  /* A window smaller than the settings keep: the smallest they keep */
  atlas_context_set_window_size (context, 100, 100, TRUE);
  atlas_context_set_window_size (context, 100, 100, TRUE);
  atlas_context_get_window_size (context, &width, &height, &maximized);
  g_assert_cmpint (width, ==, 360);
  g_assert_cmpint (height, ==, 294);
  g_assert_true (maximized);
  g_assert_cmpuint (width_notified, ==, 1);

  g_assert_finalize_object (context);
}

/* With the settings: what is in them at the start, what the context
 * changes goes into them, and what changes in them (another instance,
 * dconf-editor) reaches the context */
static void
test_with_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AtlasContext *context;
  guint safe_notified = 0, style_notified = 0;

  g_settings_set_double (settings, "zoom", 1.25);
  g_settings_set_string (settings, "last-section", "research");
  g_settings_set_int (settings, "window-width", 900);

  context = atlas_context_new_for_settings (settings);
  g_assert_cmpfloat (atlas_context_get_zoom (context), ==, 1.25);
  g_assert_cmpint (atlas_context_get_last_section (context), ==, ATLAS_SECTION_RESEARCH);
  {
    int width;

    atlas_context_get_window_size (context, &width, NULL, NULL);
    g_assert_cmpint (width, ==, 900);
  }

  g_signal_connect (context, "notify::classroom-safe", G_CALLBACK (atlas_test_count_notify), &safe_notified);
  g_signal_connect (context, "notify::style", G_CALLBACK (atlas_test_count_notify), &style_notified);

  /* From the context to the settings */
  atlas_context_set_zoom (context, 2.0);
  g_assert_cmpfloat (g_settings_get_double (settings, "zoom"), ==, 2.0);
  atlas_context_set_last_section (context, ATLAS_SECTION_LAW_ENFORCEMENT);
  {
    g_autofree char *section = g_settings_get_string (settings, "last-section");
    g_assert_cmpstr (section, ==, "law-enforcement");
  }
  atlas_context_set_window_size (context, 1000, 700, TRUE);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_true (g_settings_get_boolean (settings, "window-maximized"));

  /* From the settings to the context, notified */
  g_settings_set_boolean (settings, "classroom-safe", TRUE);
  g_assert_true (atlas_context_get_classroom_safe (context));
  g_assert_cmpuint (safe_notified, ==, 1);
  g_settings_set_string (settings, "style", "dark");
  g_assert_cmpstr (atlas_context_get_style (context), ==, "dark");
  g_assert_cmpuint (style_notified, ==, 1);

  /* The library's last and recent profiles, both ways */
  {
    AtlasLibrary *library = atlas_context_get_library (context);
    g_autofree char *last = NULL;
    g_auto(GStrv) recent = NULL;

    atlas_library_remember (library, "file:///tmp/atlas-context.json");
    last = g_settings_get_string (settings, "last-profile");
    recent = g_settings_get_strv (settings, "recent-profiles");
    g_assert_cmpstr (last, ==, "file:///tmp/atlas-context.json");
    g_assert_cmpstr (recent[0], ==, "file:///tmp/atlas-context.json");

    g_settings_set_string (settings, "last-profile", "");
    g_assert_cmpstr (atlas_library_get_last_profile (library), ==, "");
  }

  g_assert_finalize_object (context);

  /* A context that is gone changes nothing */
  g_settings_set_boolean (settings, "classroom-safe", FALSE);
  g_settings_set_string (settings, "style", "system");
  g_assert_cmpuint (safe_notified, ==, 1);

  g_settings_reset (settings, "recent-profiles");
  g_settings_reset (settings, "zoom");
  g_settings_reset (settings, "last-section");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

/* The application's context: one, whose properties are its actions */
static void
test_application (void)
{
  AtlasApplication *application = atlas_test_get_application ();
  AtlasContext *context = atlas_application_get_context (application);
  g_autoptr(GVariant) state = NULL;

  g_assert_true (ATLAS_IS_CONTEXT (context));

  g_action_group_activate_action (G_ACTION_GROUP (application), "classroom-safe", NULL);
  g_assert_true (atlas_context_get_classroom_safe (context));
  state = g_action_group_get_action_state (G_ACTION_GROUP (application), "classroom-safe");
  g_assert_true (g_variant_get_boolean (state));
  atlas_context_set_classroom_safe (context, FALSE);

  g_action_group_activate_action (G_ACTION_GROUP (application), "style", g_variant_new_string ("light"));
  g_assert_cmpstr (atlas_context_get_style (context), ==, "light");
  atlas_context_set_style (context, "system");
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Context/without-settings", test_without_settings);
  g_test_add_func ("/Atlas/Context/with-settings", test_with_settings);
  g_test_add_func ("/Atlas/Context/application", test_application);

  return g_test_run ();
}
