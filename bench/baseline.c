/* baseline.c: an empty AdwApplicationWindow that quits after its first
 * frame, as the app does with ATLAS_QUIT_AFTER_FIRST_FRAME=1: the floor
 * that bench/run compares the app's start-up with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

static void
painted_cb (GdkFrameClock *clock,
            gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, painted_cb, user_data);
  g_application_quit (G_APPLICATION (user_data));
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), user_data);
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 740);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_add_tick_callback (window, tick_cb, application, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application =
    adw_application_new ("io.github.onlinesafetyatlas.AtlasBaseline", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
