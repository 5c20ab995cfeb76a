# SPDX-License-Identifier: GPL-3.0-or-later

# dockwright_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS dockwright-core [LABELS engine] [GUI])
# One executable per tests/**/tst_<name>.cpp; links the library under test, never re-lists its sources.
# LABELS "engine" marks tests that talk to the real Docker engine (DOCKWRIGHT_TEST_ENGINE). They share one
# engine, and some compare its container and image lists before and after an action, so they never run at
# the same time as each other (RESOURCE_LOCK); the other tests still run beside them.
function(dockwright_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} dockwright-testsupport Qt6::Test)
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8"
        "DOCKWRIGHT_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "DOCKWRIGHT_BINARY_DIR=${CMAKE_BINARY_DIR}")
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
    if("engine" IN_LIST T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK docker-engine)
    endif()
endfunction()
