<?php
/**
 * Plugin Name: Citable test site: offline
 * Description: Installed by Citable's scripts/wordpress.sh. Keeps the browser from fetching anything from
 * wordpress.org or gravatar.com (emoji images, avatars, dns-prefetch hints, remote block patterns), so the tests can
 * assert that no request leaves for any host but the site's own. PHP's own outbound HTTP is blocked by
 * WP_HTTP_BLOCK_EXTERNAL in the site's configuration.
 */
remove_action('wp_head', 'print_emoji_detection_script', 7);
remove_action('admin_print_scripts', 'print_emoji_detection_script');
remove_action('wp_print_styles', 'print_emoji_styles');
remove_action('admin_print_styles', 'print_emoji_styles');
remove_action('embed_head', 'print_emoji_detection_script');
add_filter('emoji_svg_url', '__return_false');
add_filter('pre_option_show_avatars', '__return_zero');
add_filter('should_load_remote_block_patterns', '__return_false');
add_filter('wp_resource_hints', function ($urls, $relation) {
    return $relation === 'dns-prefetch' ? array() : $urls;
}, 10, 2);
