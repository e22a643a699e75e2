<?php
/**
 * Run by scripts/wordpress.sh with PHP's CLI: installs WordPress (once) and creates the sample post (once), through
 * WordPress's own functions. `php setup.php <site-url>`.
 */
$site = $argv[1] ?? 'http://127.0.0.1:8089';
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
// Loads WordPress in install mode, which works on an empty database and changes nothing on an installed site.
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// No mail leaves either (there is no mail server; WordPress would mail the new site's details).
add_filter('pre_wp_mail', '__return_false');
if (!is_blog_installed()) {
    $result = wp_install('Citable test site', 'citable', 'citable@example.invalid', true, '', 'citable-local-only');
    fwrite(STDERR, "[wordpress.sh] installed WordPress {$GLOBALS['wp_version']} (user {$result['user_id']})\n");
}
$user = get_user_by('login', 'citable');
if (!$user) {
    fwrite(STDERR, "[wordpress.sh] no user 'citable' on this site\n");
    exit(1);
}
wp_set_current_user($user->ID);
switch_theme('twentytwentythree');
update_option('show_avatars', 0);
// The block editor's welcome guide shows images from wordpress.org: it is turned off for the test user.
update_user_meta($user->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', array(
    'core/edit-post' => array('welcomeGuide' => false),
    '_modified' => gmdate('c'),
));

if (!get_page_by_path('citable-sample', OBJECT, 'post')) {
    $content = file_get_contents(__DIR__ . '/sample-post.html');
    $id = wp_insert_post(array(
        'post_title' => 'Remote work and productivity',
        'post_name' => 'citable-sample',
        'post_status' => 'publish',
        'post_author' => $user->ID,
        'post_content' => $content,
    ), true);
    if (is_wp_error($id)) {
        fwrite(STDERR, '[wordpress.sh] could not create the sample post: ' . $id->get_error_message() . "\n");
        exit(1);
    }
    fwrite(STDERR, "[wordpress.sh] created the sample post ($id)\n");
}
