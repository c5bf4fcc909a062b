/* test-qr-code.c: the QR code of the helpline's website, encoded with
 * libqrencode, drawn by the widget and by cairo, and read back with
 * zbarimg as a phone would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "atlas-qr.h"
#include "atlas-qr-code.h"
#include "atlas-slide.h"
#include "atlas-slide-view.h"
#include "atlas-test-utils.h"

#define WEBSITE "https://childfocus.be"

static void
test_qr_matrix (void)
{
  g_autoptr(AtlasQrMatrix) matrix = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *too_long = g_strnfill (ATLAS_QR_MAX_TEXT + 1, 'a');
  g_autofree char *longest = g_strnfill (ATLAS_QR_MAX_TEXT, 'a');
  guint size;

  matrix = atlas_qr_matrix_new (WEBSITE, &error);
  g_assert_no_error (error);
  /* 21 bytes at level M: version 2, 25 modules */
  size = atlas_qr_matrix_get_size (matrix);
  g_assert_cmpuint (size, ==, 25);
  /* The finder patterns: dark corners, a light separator */
  g_assert_true (atlas_qr_matrix_is_dark (matrix, 0, 0));
  g_assert_true (atlas_qr_matrix_is_dark (matrix, size - 1, 0));
  g_assert_true (atlas_qr_matrix_is_dark (matrix, 0, size - 1));
  g_assert_false (atlas_qr_matrix_is_dark (matrix, 7, 0));
  g_assert_cmpuint (atlas_qr_matrix_get_run (matrix, 0, 0), ==, 7);
  g_assert_cmpuint (atlas_qr_matrix_get_run (matrix, 7, 0), ==, 0);
  g_clear_pointer (&matrix, atlas_qr_matrix_free);

  /* The longest text still makes a code; longer, empty or not UTF-8 is
   * an error, not a crash */
  matrix = atlas_qr_matrix_new (longest, &error);
  g_assert_no_error (error);
  g_assert_nonnull (matrix);

  g_assert_null (atlas_qr_matrix_new (too_long, &error));
  g_assert_error (error, ATLAS_QR_ERROR, ATLAS_QR_ERROR_TOO_LONG);
  g_clear_error (&error);
  g_assert_null (atlas_qr_matrix_new ("", &error));
  g_assert_error (error, ATLAS_QR_ERROR, ATLAS_QR_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_null (atlas_qr_matrix_new ("caf\xe9", &error));
  g_assert_error (error, ATLAS_QR_ERROR, ATLAS_QR_ERROR_FAILED);
}

/* atlas_qr_draw() into an image, as the PDF draws it into a page, at a
 * size that is not a whole number of pixels per module */
static void
test_qr_cairo (void)
{
  g_autoptr(AtlasQrMatrix) matrix = atlas_qr_matrix_new (WEBSITE, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 300);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-qr-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "qr.png", NULL);
  g_autofree char *read = NULL;

  g_assert_no_error (error);

  /* A grey page around it: the code brings its own white */
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_paint (cr);
  atlas_qr_draw (cr, matrix, 20.5, 30.25, 250.3);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  read = atlas_test_read_qr (path);
  g_assert_cmpstr (read, ==, WEBSITE);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_qr_widget (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *code = atlas_qr_code_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-qr-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "widget.png", NULL);
  guint notified = 0;
  int minimum;

  g_assert_no_error (error);

  g_signal_connect (code, "notify::text", G_CALLBACK (atlas_test_count_notify), &notified);
  gtk_window_set_child (GTK_WINDOW (window), code);
  gtk_window_set_default_size (GTK_WINDOW (window), 240, 180);
  gtk_window_present (GTK_WINDOW (window));

  /* Nothing to show: no size, no name */
  g_assert_cmpuint (atlas_qr_code_get_modules (ATLAS_QR_CODE (code)), ==, 0);
  atlas_qr_code_set_text (ATLAS_QR_CODE (code), WEBSITE);
  atlas_qr_code_set_text (ATLAS_QR_CODE (code), WEBSITE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (atlas_qr_code_get_text (ATLAS_QR_CODE (code)), ==, WEBSITE);
  /* 25 modules and the quiet zone of 4 on each side */
  g_assert_cmpuint (atlas_qr_code_get_modules (ATLAS_QR_CODE (code)), ==, 33);
  gtk_widget_measure (code, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, >=, 33 * 2);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (code), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (code), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "QR code of childfocus.be");

  /* Read back from what the screen shows, in the light style and in the
   * dark one: dark on white either way */
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *read = NULL;

      adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gtk_test_widget_wait_for_draw (code);
      atlas_test_save_png (code, path);
      read = atlas_test_read_qr (path);
      g_assert_cmpstr (read, ==, WEBSITE);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  /* A text too long for a code shows nothing, without a warning */
  {
    g_autofree char *too_long = g_strnfill (ATLAS_QR_MAX_TEXT + 1, 'a');
    g_autofree char *read = NULL;

    atlas_qr_code_set_text (ATLAS_QR_CODE (code), too_long);
    g_assert_cmpuint (atlas_qr_code_get_modules (ATLAS_QR_CODE (code)), ==, 0);
    atlas_test_wait_frames (code, 1);
    atlas_test_save_png (code, path);
    read = atlas_test_read_qr (path);
    g_assert_null (read);
  }
  g_object_set (code, "text", NULL, NULL);
  g_assert_cmpuint (notified, ==, 3);

  g_unlink (path);
  g_rmdir (dir);

  g_object_ref (code);
  atlas_test_destroy_window (GTK_WINDOW (window));
  g_assert_finalize_object (code);
}

/* The slide at its text's size, once fitted and drawn */
static void
wait_for_fit (AtlasSlideView *view)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (atlas_slide_view_get_text_size (view) == 0 && g_get_monotonic_time () < end)
    atlas_test_wait_frames (GTK_WIDGET (view), 1);
  g_assert_cmpfloat (atlas_slide_view_get_text_size (view), >, 0);
  atlas_test_wait_frames (GTK_WIDGET (view), 2);
}

/* The helpline's slide on a 1024×768 projector: the website in large
 * type, and a QR code a phone reads from the screen */
static void
test_qr_helpline_slide (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GListModel) slides = atlas_slide_list_new (profile, ATLAS_SECTION_OVERVIEW);
  guint n = g_list_model_get_n_items (slides);
  g_autoptr(AtlasSlide) helpline = g_list_model_get_item (slides, n - 1);
  g_autoptr(AtlasSlide) statistic = g_list_model_get_item (slides, 0);
  const char *url = atlas_helpline_get_url (atlas_profile_get_helpline (profile));
  GtkWidget *window = gtk_window_new ();
  AtlasSlideView *view = ATLAS_SLIDE_VIEW (atlas_slide_view_new ());
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-qr-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
  g_autofree char *read = NULL;
  GtkWidget *code;
  GtkLabel *website;

  g_assert_no_error (error);
  g_assert_cmpstr (atlas_slide_get_item_id (helpline), ==, "helpline");
  g_assert_cmpstr (atlas_slide_get_website (helpline), ==, url);
  g_assert_null (atlas_slide_get_website (statistic));

  g_object_ref_sink (view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  atlas_slide_view_set_slide (view, helpline);
  wait_for_fit (view);

  code = atlas_test_find_descendant (GTK_WIDGET (view), ATLAS_TYPE_QR_CODE, NULL);
  g_assert_nonnull (code);
  /* The code laid out at the size the fit gave it (frames are slow under
   * the sanitizers) */
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    int requested;

    gtk_widget_get_size_request (code, &requested, NULL);
    while (gtk_widget_get_width (code) != requested && g_get_monotonic_time () < end)
      atlas_test_wait_frames (code, 1);
    g_assert_cmpint (gtk_widget_get_width (code), ==, requested);
  }
  g_assert_true (gtk_widget_is_drawable (code));
  g_assert_cmpstr (atlas_qr_code_get_text (ATLAS_QR_CODE (code)), ==, url);
  /* Modules of 4 px at least, read from the back of a class */
  g_assert_cmpint (MIN (gtk_widget_get_width (code), gtk_widget_get_height (code)), >=,
                   4 * (int) atlas_qr_code_get_modules (ATLAS_QR_CODE (code)));
  website = atlas_test_find_label (GTK_WIDGET (view), "childfocus.be");
  g_assert_nonnull (website);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (website)));
  g_assert_true (atlas_test_find_label (GTK_WIDGET (view), "116") != NULL);

  /* Everything fits the projector */
  {
    GtkWidget *frame = gtk_widget_get_first_child (GTK_WIDGET (view));
    int height;

    gtk_widget_measure (frame, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (view)),
                        NULL, &height, NULL, NULL);
    g_assert_cmpint (height, <=, gtk_widget_get_height (GTK_WIDGET (view)));
  }

  /* The whole slide as the screen shows it: a phone reads the website */
  atlas_test_save_png (GTK_WIDGET (view), path);
  read = atlas_test_read_qr (path);
  g_assert_cmpstr (read, ==, url);
  g_unlink (path);
  g_rmdir (dir);

  /* Another slide: no code, no website */
  atlas_slide_view_set_slide (view, statistic);
  g_assert_false (gtk_widget_is_drawable (code));
  g_assert_null (atlas_qr_code_get_text (ATLAS_QR_CODE (code)));

  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_assert_finalized (view);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/QrCode/matrix", test_qr_matrix);
  g_test_add_func ("/Atlas/QrCode/cairo", test_qr_cairo);
  g_test_add_func ("/Atlas/QrCode/widget", test_qr_widget);
  g_test_add_func ("/Atlas/QrCode/helpline-slide", test_qr_helpline_slide);

  return g_test_run ();
}
