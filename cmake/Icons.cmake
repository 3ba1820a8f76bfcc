# The application icon in every form a platform asks for, drawn at build time from the one SVG
# (resources/icons/docent.svg): PNGs of the hicolor theme sizes (Linux), an .icns (macOS bundle)
# and an .ico (Windows .rc). Each form needs its tool; without it that form is left out with a
# message, and the install or package that wants it says so.
#   rsvg-convert (librsvg2-bin)  the PNGs
#   png2icns (icnsutils) or iconutil (macOS)  the .icns
#   convert or magick (ImageMagick)  the .ico
set(DOCENT_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/docent.svg)
set(DOCENT_ICON_DIR ${PROJECT_BINARY_DIR}/icons)
# The sizes of the icon theme specification's hicolor theme, and 512 for HiDPI software centres.
set(DOCENT_ICON_SIZES 16 22 24 32 48 64 128 256 512)

find_program(DOCENT_RSVG_CONVERT rsvg-convert)
find_program(DOCENT_PNG2ICNS png2icns)
find_program(DOCENT_ICONUTIL iconutil)
find_program(DOCENT_IMAGEMAGICK NAMES magick convert)

set(DOCENT_ICON_PNGS)
set(DOCENT_ICNS)
set(DOCENT_ICO)
if(DOCENT_RSVG_CONVERT)
    foreach(size IN LISTS DOCENT_ICON_SIZES)
        set(png ${DOCENT_ICON_DIR}/${size}x${size}/org.docent.Docent.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${DOCENT_ICON_DIR}/${size}x${size}
            COMMAND ${DOCENT_RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                    --output ${png} ${DOCENT_ICON_SVG}
            DEPENDS ${DOCENT_ICON_SVG}
            COMMENT "Drawing the ${size}x${size} icon"
            VERBATIM)
        list(APPEND DOCENT_ICON_PNGS ${png})
        set(DOCENT_ICON_PNG_${size} ${png})
    endforeach()

    # macOS wants 16, 32, 128, 256 and 512 (48 is accepted); png2icns takes them as they are.
    set(icnsInputs ${DOCENT_ICON_PNG_16} ${DOCENT_ICON_PNG_32} ${DOCENT_ICON_PNG_48} ${DOCENT_ICON_PNG_128}
                   ${DOCENT_ICON_PNG_256} ${DOCENT_ICON_PNG_512})
    set(icns ${DOCENT_ICON_DIR}/docent.icns)
    if(DOCENT_PNG2ICNS)
        add_custom_command(OUTPUT ${icns}
            COMMAND ${DOCENT_PNG2ICNS} ${icns} ${icnsInputs}
            DEPENDS ${icnsInputs}
            COMMENT "Making the macOS icon (docent.icns)"
            VERBATIM)
        set(DOCENT_ICNS ${icns})
    elseif(DOCENT_ICONUTIL)
        set(iconset ${DOCENT_ICON_DIR}/docent.iconset)
        add_custom_command(OUTPUT ${icns}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_16} ${iconset}/icon_16x16.png
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_32} ${iconset}/icon_16x16@2x.png
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_32} ${iconset}/icon_32x32.png
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_64} ${iconset}/icon_32x32@2x.png
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_128} ${iconset}/icon_128x128.png
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_256} ${iconset}/icon_128x128@2x.png
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_256} ${iconset}/icon_256x256.png
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_512} ${iconset}/icon_256x256@2x.png
            COMMAND ${CMAKE_COMMAND} -E copy ${DOCENT_ICON_PNG_512} ${iconset}/icon_512x512.png
            COMMAND ${DOCENT_ICONUTIL} --convert icns --output ${icns} ${iconset}
            DEPENDS ${DOCENT_ICON_PNGS}
            COMMENT "Making the macOS icon (docent.icns)"
            VERBATIM)
        set(DOCENT_ICNS ${icns})
    else()
        message(STATUS "No png2icns (icnsutils) or iconutil: the macOS icon (docent.icns) is not made")
    endif()

    if(DOCENT_IMAGEMAGICK)
        set(ico ${DOCENT_ICON_DIR}/docent.ico)
        set(icoInputs ${DOCENT_ICON_PNG_16} ${DOCENT_ICON_PNG_24} ${DOCENT_ICON_PNG_32} ${DOCENT_ICON_PNG_48}
                      ${DOCENT_ICON_PNG_64} ${DOCENT_ICON_PNG_256})
        add_custom_command(OUTPUT ${ico}
            COMMAND ${DOCENT_IMAGEMAGICK} ${icoInputs} ${ico}
            DEPENDS ${icoInputs}
            COMMENT "Making the Windows icon (docent.ico)"
            VERBATIM)
        set(DOCENT_ICO ${ico})
    else()
        message(STATUS "No ImageMagick (convert or magick): the Windows icon (docent.ico) is not made")
    endif()
else()
    message(STATUS "No rsvg-convert (librsvg2-bin): the PNG, .icns and .ico icons are not made; "
                   "the package and bundles then lack them")
endif()

add_custom_target(docent_icons ALL DEPENDS ${DOCENT_ICON_PNGS} ${DOCENT_ICNS} ${DOCENT_ICO})
