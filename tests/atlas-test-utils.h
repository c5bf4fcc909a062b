/* atlas-test-utils.h: what the UI test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-application.h"
#include "atlas-presentation.h"
#include "atlas-profile.h"
#include "atlas-sections.h"
#include "atlas-window.h"

G_BEGIN_DECLS

/* The sidebar's section titles in English, in order */
extern const char * const atlas_test_section_titles[ATLAS_N_SECTIONS];

void              atlas_test_init            (int           *argc,
                                              char        ***argv);
AtlasApplication *atlas_test_get_application (void);
AtlasContext     *atlas_test_get_context     (void);
AtlasProfile     *atlas_test_load_profile    (const char    *resource);
AtlasWindow      *atlas_test_create_window   (AtlasProfile  *profile,
                                              int            width,
                                              int            height);
GtkWidget        *atlas_test_show_page       (AtlasWindow   *window,
                                              AtlasSection   section);
void              atlas_test_wait_frames     (GtkWidget     *widget,
                                              guint          n_frames);
GtkWidget        *atlas_test_find_descendant (GtkWidget     *widget,
                                              GType          type,
                                              const char    *name);
void              atlas_test_collect         (GtkWidget     *widget,
                                              gboolean     (*matches) (GtkWidget *widget),
                                              GPtrArray     *found);
const char       *atlas_test_locale          (void);
guint             atlas_test_count_rows      (GtkListBox    *list);
GtkLabel         *atlas_test_find_label      (GtkWidget     *widget,
                                              const char    *needle);
GtkWidget        *atlas_test_legal_row       (AtlasWindow   *window,
                                              const char    *id);
AtlasPresentation *atlas_test_find_presentation (void);
GtkWindow        *atlas_test_find_toplevel   (GType          type);
char             *atlas_test_pdf_text        (const char    *path);
void              atlas_test_save_png        (GtkWidget     *widget,
                                              const char    *path);
char             *atlas_test_read_qr         (const char    *png_path);
void              atlas_test_count_notify    (GObject       *object,
                                              GParamSpec    *pspec,
                                              guint         *count);
gboolean          atlas_test_is_link         (GtkWidget     *widget);
void              atlas_test_assert_finalized (gpointer      object);
void              atlas_test_destroy_window  (GtkWindow     *window);
gboolean          atlas_test_send_keys       (GtkWidget     *window,
                                              const char    *keys);
gboolean          atlas_test_resize_window   (GtkWidget     *window,
                                              int            width,
                                              int            height);
gboolean          atlas_test_send_clicks     (GtkWidget     *window,
                                              double         x,
                                              double         y,
                                              const char    *buttons);

G_END_DECLS
