/* test-handout.c: handouts, a section or a profile as a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "atlas-handout.h"
#include "atlas-test-utils.h"

static void
test_handout_pdf (void)
{
  AtlasProfile *profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  /* kept in no settings: handouts need none */
  g_autoptr(AtlasContext) context = atlas_context_new_for_settings (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-pdf-XXXXXX", &error);
  g_autofree char *section_pdf = g_build_filename (dir, "be-legislation.pdf", NULL);
  g_autofree char *profile_pdf = g_build_filename (dir, "be.pdf", NULL);
  g_autofree char *safe_pdf = g_build_filename (dir, "be-legislation-safe.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *safe = NULL;
  int section_pages, profile_pages;

  g_assert_no_error (error);

  /* One section: its title, its laws, real text in the PDF */
  section_pages = atlas_handout_export_pdf (context, profile, ATLAS_SECTION_LEGISLATION, section_pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (section_pages, >=, 1);
  text = atlas_test_pdf_text (section_pdf);
  g_assert_nonnull (strstr (text, "Belgium"));
  g_assert_nonnull (strstr (text, "Legislation"));
  g_assert_nonnull (strstr (text, "Universal jurisdiction"));
  g_assert_nonnull (strstr (text, "Defines rape and lays down penalties"));
  g_assert_null (strstr (text, "Child Focus"));
  {
    g_autofree char *expected = g_strdup_printf ("Page %d of %d", section_pages, section_pages);
    g_assert_nonnull (strstr (text, expected));
  }

  /* The whole profile: every section, the sources of the figures, the
   * citations; more pages */
  profile_pages = atlas_handout_export_pdf (context, profile, -1, profile_pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (profile_pages, >, section_pages);
  whole = atlas_test_pdf_text (profile_pdf);
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    g_assert_nonnull (strstr (whole, atlas_test_section_titles[i]));
  g_assert_nonnull (strstr (whole, "Child Focus"));
  g_assert_nonnull (strstr (whole, "Source: World Bank"));
  g_assert_nonnull (strstr (whole, "Livingstone"));

  /* The classroom-safe view leaves sensitive texts out */
  atlas_context_set_classroom_safe (context, TRUE);
  g_assert_cmpint (atlas_handout_export_pdf (context, profile, ATLAS_SECTION_LEGISLATION, safe_pdf, &error), >=, 1);
  atlas_context_set_classroom_safe (context, FALSE);
  safe = atlas_test_pdf_text (safe_pdf);
  g_assert_null (strstr (safe, "Defines rape and lays down penalties"));
  g_assert_nonnull (strstr (safe, "Universal jurisdiction"));
  g_assert_nonnull (strstr (safe, "classroom-safe view"));

  g_unlink (section_pdf);
  g_unlink (profile_pdf);
  g_unlink (safe_pdf);
  g_rmdir (dir);

  /* A handout keeps nothing of the profile */
  g_assert_finalize_object (profile);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Handout/pdf", test_handout_pdf);

  return g_test_run ();
}
