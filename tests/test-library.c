/* test-library.c: the profiles the app knows of, and the one a new window
 * shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "atlas-library.h"
#include "atlas-profile-entry.h"
#include "atlas-test-utils.h"

#define SHIPPED_URI "resource://" RESOURCE_BASE "/profiles/be.json"

/* $XDG_DATA_HOME of the test program, made in main() */
static char *data_home;

static char *
testland_uri (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "testland.atlas.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return g_file_get_uri (file);
}

/* Runs the main loop until @library lists @n_items (or ten seconds have
 * passed) */
static void
wait_for_entries (AtlasLibrary *library,
                  guint         n_items)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (G_LIST_MODEL (library)) < n_items && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

static const char *
entry_uri (AtlasLibrary *library,
           guint         position)
{
  g_autoptr(AtlasProfileEntry) entry = g_list_model_get_item (G_LIST_MODEL (library), position);

  return atlas_profile_entry_get_uri (entry);
}

/* The shipped profile at once, the user's folder in the background
 * (a broken file left out), once; every profile read counted */
static void
test_load (void)
{
  AtlasLibrary *library = atlas_library_new ();
  g_autoptr(AtlasProfile) first = NULL;
  g_autofree char *user_file = g_build_filename (data_home, "online-safety-atlas", "profiles", "testland.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (user_file);
  g_autofree char *user_uri = g_file_get_uri (file);
  guint changed = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (library)) == ATLAS_TYPE_PROFILE_ENTRY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 0);
  g_assert_null (atlas_library_get_default_uri (library));
  g_signal_connect (library, "notify::n-loads", G_CALLBACK (atlas_test_count_notify), &changed);

  atlas_library_load (library, &first);
  g_assert_nonnull (first);
  g_assert_cmpstr (atlas_profile_get_country_code (first), ==, "BE");
  g_assert_cmpstr (atlas_library_get_first_uri (library), ==, SHIPPED_URI);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 1);
  g_assert_cmpstr (entry_uri (library, 0), ==, SHIPPED_URI);
  /* be.json, and the two .json files of the user's folder */
  g_assert_cmpuint (atlas_library_get_n_loads (library), ==, 3);
  g_assert_cmpuint (changed, ==, 3);

  wait_for_entries (library, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 2);
  g_assert_cmpstr (entry_uri (library, 1), ==, user_uri);

  /* Once: nothing is read again */
  g_clear_object (&first);
  atlas_library_load (library, &first);
  g_assert_null (first);
  g_assert_cmpuint (atlas_library_get_n_loads (library), ==, 3);

  /* Each file read (the library stays while one is), a broken one not
   * listed */
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (G_OBJECT (library)->ref_count > 1 && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 2);

  g_assert_finalize_object (library);
}

/* The profile a new window shows: the one shown last, else the first
 * shipped one; files shown are the recent ones, newest first, each once,
 * ten at the most */
static void
test_default_and_recent (void)
{
  AtlasLibrary *library = atlas_library_new ();
  g_autofree char *testland = testland_uri ();
  g_autoptr(AtlasProfile) profile = NULL;
  const char * const *recent;
  guint loads;

  atlas_library_load (library, NULL);
  g_assert_cmpstr (atlas_library_get_last_profile (library), ==, "");
  g_assert_cmpstr (atlas_library_get_default_uri (library), ==, SHIPPED_URI);

  atlas_library_remember (library, testland);
  g_assert_cmpstr (atlas_library_get_default_uri (library), ==, testland);
  recent = atlas_library_get_recent_profiles (library);
  g_assert_cmpstr (recent[0], ==, testland);
  g_assert_null (recent[1]);

  /* A shipped profile is the last one, not a recent file */
  atlas_library_remember (library, SHIPPED_URI);
  g_assert_cmpstr (atlas_library_get_default_uri (library), ==, SHIPPED_URI);
  g_assert_cmpuint (g_strv_length ((char **) atlas_library_get_recent_profiles (library)), ==, 1);

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *uri = g_strdup_printf ("file:///tmp/atlas-recent-%u.json", i);

      atlas_library_remember (library, uri);
    }
  atlas_library_remember (library, "file:///tmp/atlas-recent-5.json");
  recent = atlas_library_get_recent_profiles (library);
  g_assert_cmpuint (g_strv_length ((char **) recent), ==, 10);
  g_assert_cmpstr (recent[0], ==, "file:///tmp/atlas-recent-5.json");
  g_assert_cmpstr (recent[1], ==, "file:///tmp/atlas-recent-11.json");
  g_assert_false (g_strv_contains (recent, testland));

  /* Read now: the last one, or the first shipped one when it is gone */
  loads = atlas_library_get_n_loads (library);
  profile = atlas_library_read_default (library);
  g_assert_nonnull (profile);
  g_assert_cmpstr (atlas_profile_get_country_code (profile), ==, "BE");
  g_assert_cmpuint (atlas_library_get_n_loads (library), ==, loads + 2);
  g_clear_object (&profile);

  g_object_set (library, "last-profile", testland, NULL);
  profile = atlas_library_read_default (library);
  g_assert_cmpstr (atlas_profile_get_country_code (profile), ==, "XT");

  /* once the user's folder is read */
  atlas_test_assert_finalized (library);
}

/* Without a window (the search provider): the library is loaded, and
 * the first shipped profile, read for the list, is not read again */
static void
test_read_default_first (void)
{
  AtlasLibrary *library = atlas_library_new ();
  g_autoptr(AtlasProfile) profile = atlas_library_read_default (library);

  g_assert_nonnull (profile);
  g_assert_cmpstr (atlas_profile_get_country_code (profile), ==, "BE");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), >=, 1);
  /* be.json once, and the two .json files of the user's folder */
  g_assert_cmpuint (atlas_library_get_n_loads (library), ==, 3);

  atlas_test_assert_finalized (library);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* A profile listed again, its texts changed (another language): its
 * entry says so; the same again changes nothing */
static void
test_add (void)
{
  AtlasLibrary *library = atlas_library_new ();
  g_autoptr(AtlasProfile) belgium = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autofree char *testland = testland_uri ();
  g_autoptr(AtlasProfile) other = atlas_profile_new_from_uri (testland, NULL, NULL);
  g_autoptr(AtlasProfileEntry) entry = NULL;
  guint position = G_MAXUINT;
  guint changed = 0;

  g_signal_connect (library, "items-changed", G_CALLBACK (items_changed_cb), &changed);

  atlas_library_add (library, SHIPPED_URI, belgium);
  atlas_library_add (library, SHIPPED_URI, belgium);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 1);

  atlas_library_add (library, testland, other);
  g_assert_true (atlas_library_find (library, testland, &position));
  g_assert_cmpuint (position, ==, 1);
  g_assert_false (atlas_library_find (library, "file:///nowhere.json", NULL));

  atlas_library_add (library, SHIPPED_URI, other);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 2);
  entry = g_list_model_get_item (G_LIST_MODEL (library), 0);
  g_assert_cmpstr (atlas_profile_entry_get_uri (entry), ==, SHIPPED_URI);
  g_assert_cmpstr (atlas_profile_entry_get_country_code (entry), ==, "XT");

  g_assert_finalize_object (library);
}

/* A launch shows the profile shown last, a file here, and not the first
 * shipped one that it shows while the file loads */
static void
test_activate_shows_last (void)
{
  AtlasApplication *application = atlas_test_get_application ();
  AtlasLibrary *library = atlas_context_get_library (atlas_test_get_context ());
  g_autofree char *testland = testland_uri ();
  GtkWindow *window;

  g_object_set (library, "last-profile", testland, NULL);
  g_application_activate (G_APPLICATION (application));
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_assert_true (ATLAS_IS_WINDOW (window));
  while (atlas_window_is_loading (ATLAS_WINDOW (window)))
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (atlas_window_get_profile_uri (ATLAS_WINDOW (window)), ==, testland);
  g_assert_cmpstr (atlas_library_get_last_profile (library), ==, testland);

  atlas_test_destroy_window (window);
  g_object_set (library, "last-profile", "", NULL);
}

/* The user's folder of profiles: one, one broken, one not a profile */
static void
make_user_folder (void)
{
  g_autofree char *dir = g_build_filename (data_home, "online-safety-atlas", "profiles", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "testland.atlas.json", NULL);
  g_autofree char *testland = g_build_filename (dir, "testland.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (testland, contents, length, &error);
  g_assert_no_error (error);
  g_file_set_contents (broken, "{ \"format\": ", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (notes, "not a profile", -1, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib where the user's data is */
  data_home = g_dir_make_tmp ("atlas-library-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  atlas_test_init (&argc, &argv);
  make_user_folder ();

  g_test_add_func ("/Atlas/Library/load", test_load);
  g_test_add_func ("/Atlas/Library/default-and-recent", test_default_and_recent);
  g_test_add_func ("/Atlas/Library/read-default-first", test_read_default_first);
  g_test_add_func ("/Atlas/Library/add", test_add);
  g_test_add_func ("/Atlas/Library/activate-shows-last", test_activate_shows_last);

  status = g_test_run ();
  remove_tree (data_home);
  g_free (data_home);

  return status;
}
