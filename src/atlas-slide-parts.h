/* atlas-slide-parts.h: where a text too long for one slide is split
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gsize start, end;  /* bytes of the text */
} AtlasSlidePart;

/**
 * AtlasSlidePartFits:
 * @index: the part, from 0
 * @start: where its text starts, in bytes
 * @end: where its text ends
 * @last: whether it is the last part (which has the footer)
 * @user_data: the data given to atlas_slide_parts_split()
 *
 * Returns: whether the part fits the screen
 */
typedef gboolean (*AtlasSlidePartFits) (guint    index,
                                        gsize    start,
                                        gsize    end,
                                        gboolean last,
                                        gpointer user_data);

/**
 * AtlasSlidePartGuess:
 * @index: the part, from 0
 * @start: where its text starts, in bytes
 * @user_data: the data given to atlas_slide_parts_split()
 *
 * Returns: about where the part's text would end if it takes as much as
 *   fits
 */
typedef gsize (*AtlasSlidePartGuess) (guint    index,
                                      gsize    start,
                                      gpointer user_data);

GArray *atlas_slide_parts_split (const char          *text,
                                 guint                max_parts,
                                 AtlasSlidePartFits   fits,
                                 AtlasSlidePartGuess  guess,
                                 gpointer             user_data);

G_END_DECLS
