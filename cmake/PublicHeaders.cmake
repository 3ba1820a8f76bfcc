# The layering of src/core is kept by the build: a library's users reach only the headers it
# names as public, and only when they link it. Every header of src/core is included by its path
# below src/core ("rst/parser.h"), but src/core itself is on no include path, for it would open
# every folder's insides to everyone. Instead each library gets an include folder of its own in the
# build tree holding one forwarding header per public header (ECM's ecm_generate_headers does the
# same for KDE's frameworks); a header left out, such as rst's `*_p.h`, cannot be included from
# another library, and a folder cannot include a library it does not link.
set(DOCENT_CORE_DIR ${CMAKE_CURRENT_LIST_DIR}/../src/core)
cmake_path(NORMAL_PATH DOCENT_CORE_DIR)

# docent_public_headers(TARGET header...): `header` is a path below the current source folder;
# its users include it as <folder below src/core>/<header> ("rst/parser.h", "resources.h").
function(docent_public_headers target)
    set(include_dir ${CMAKE_BINARY_DIR}/include/${target})
    file(RELATIVE_PATH folder ${DOCENT_CORE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    set(wanted "")
    foreach(header IN LISTS ARGN)
        set(forward ${include_dir}/${folder}/${header})
        cmake_path(NORMAL_PATH forward)
        get_filename_component(forward_dir ${forward} DIRECTORY)
        # Relative, so that the forwarding header is the same text in every checkout (ccache).
        file(RELATIVE_PATH source ${forward_dir} ${CMAKE_CURRENT_SOURCE_DIR}/${header})
        file(CONFIGURE OUTPUT ${forward} CONTENT "#include \"${source}\"\n" @ONLY)
        list(APPEND wanted ${forward})
    endforeach()
    # A header taken off the list must stop being reachable, not linger from an earlier configure.
    file(GLOB_RECURSE present ${include_dir}/*)
    foreach(file IN LISTS present)
        if(NOT file IN_LIST wanted)
            file(REMOVE ${file})
        endif()
    endforeach()
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${include_dir}>)
endfunction()
