#!/usr/bin/env bash
# A real WordPress for Citable's tests, from Debian's packages only, served on 127.0.0.1 and making no outbound
# requests. Installs (when missing), configures, starts and fills it; safe to run again (it only does what is not
# done yet). Run as root on Debian 12:
#
#   scripts/wordpress.sh          # install + configure + start + create the sample post; prints the site's address
#   scripts/wordpress.sh stop     # stop Apache and MariaDB again
#
# What it sets up (see README.md, "Writers: CMS editors"):
#   - MariaDB with a database `citable_wp` and a user that can only reach it;
#   - Debian's `wordpress` package (6.1) with the Twenty Twenty-Three theme, configured in
#     /etc/wordpress/config-127.0.0.1.php: no cron, no updates, no outbound HTTP from PHP (WP_HTTP_BLOCK_EXTERNAL);
#   - a must-use plugin (scripts/wordpress/citable-offline.php) that keeps the browser from fetching anything from
#     wordpress.org or gravatar.com either (emoji images, avatars, the editor's welcome-guide images, remote patterns);
#   - Apache with mod_php on 127.0.0.1:$CITABLE_WP_PORT (default 8089) only, nothing on port 80;
#   - an administrator `citable` (password `citable-local-only`: the site only listens on 127.0.0.1) and one published
#     post, created through WordPress's own wp_insert_post, at /?name=citable-sample.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PORT="${CITABLE_WP_PORT:-8089}"
SITE="http://127.0.0.1:${PORT}"
DB=citable_wp
DB_USER=citable_wp
DB_PASS=citable-local-only
CONF=/etc/wordpress/config-127.0.0.1.php

log() { echo "[wordpress.sh] $*"; }

if [ "$(id -u)" != 0 ]; then
  echo "[wordpress.sh] run as root (it installs Debian packages and starts Apache and MariaDB): sudo $0" >&2
  exit 1
fi

if [ "${1:-}" = stop ]; then
  apache2ctl stop 2>/dev/null || true
  service mariadb stop 2>/dev/null || true
  exit 0
fi

t0=$(date +%s)

# ------------------------------------------------------------------ packages (Debian's only)
PKGS="wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql curl"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  log "installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# ------------------------------------------------------------------ MariaDB
if ! mysqladmin ping >/dev/null 2>&1; then
  log "starting MariaDB"
  service mariadb start >/dev/null 2>&1 || (mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld && (mysqld_safe >/dev/null 2>&1 &))
  for _ in $(seq 1 120); do mysqladmin ping >/dev/null 2>&1 && break; sleep 0.5; done
  mysqladmin ping >/dev/null 2>&1 || { echo "[wordpress.sh] MariaDB did not start" >&2; exit 1; }
fi
mysql -uroot <<SQL
CREATE DATABASE IF NOT EXISTS ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASS}';
GRANT ALL PRIVILEGES ON ${DB}.* TO '${DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL

# ------------------------------------------------------------------ WordPress's configuration (Debian reads it per host)
cat > "$CONF" <<PHP
<?php
// Written by Citable's scripts/wordpress.sh: a local test site on ${SITE}.
define('DB_NAME', '${DB}');
define('DB_USER', '${DB_USER}');
define('DB_PASSWORD', '${DB_PASS}');
define('DB_HOST', 'localhost');
define('WP_HOME', '${SITE}');
define('WP_SITEURL', '${SITE}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
// Nothing leaves this machine: no cron (which would also check for updates), no updates, no outbound HTTP from PHP.
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
// Fixed keys are fine for a site that only listens on 127.0.0.1.
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as \$k) define(\$k, 'citable-local-' . \$k);
PHP
chown root:www-data "$CONF"
chmod 640 "$CONF"
install -m 644 -o www-data -g www-data "$HERE/wordpress/citable-offline.php" /var/lib/wordpress/wp-content/mu-plugins/citable-offline.php 2>/dev/null || {
  mkdir -p /var/lib/wordpress/wp-content/mu-plugins
  install -m 644 -o www-data -g www-data "$HERE/wordpress/citable-offline.php" /var/lib/wordpress/wp-content/mu-plugins/citable-offline.php
}
# Debian ships the theme under /usr/share; WordPress looks in WP_CONTENT_DIR/themes.
ln -sfn /usr/share/wordpress/wp-content/themes/twentytwentythree /var/lib/wordpress/wp-content/themes/twentytwentythree

# ------------------------------------------------------------------ Apache on 127.0.0.1 only
cat > /etc/apache2/sites-available/citable-wordpress.conf <<APACHE
# Written by Citable's scripts/wordpress.sh.
Listen 127.0.0.1:${PORT}
<VirtualHost 127.0.0.1:${PORT}>
  ServerName 127.0.0.1
  DocumentRoot /usr/share/wordpress
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride None
    DirectoryIndex index.php
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
  <Directory /usr/share/wordpress/wp-content/themes>
    Require all granted
  </Directory>
  ErrorLog \${APACHE_LOG_DIR}/citable-wordpress-error.log
</VirtualHost>
APACHE
# Nothing on port 80 (Debian's default site): the only server is the one above, on 127.0.0.1.
sed -i 's/^Listen 80$/# Listen 80 (off: Citable test site only)/' /etc/apache2/ports.conf
sed -i 's/^\(\s*\)Listen 443$/\1# Listen 443 (off: Citable test site only)/' /etc/apache2/ports.conf
a2dissite -q 000-default >/dev/null 2>&1 || true
a2ensite -q citable-wordpress >/dev/null
a2enmod -q "php$(php -r 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;')" >/dev/null 2>&1 || true
echo "ServerName 127.0.0.1" > /etc/apache2/conf-available/citable-servername.conf
a2enconf -q citable-servername >/dev/null
if pgrep -x apache2 >/dev/null; then
  apache2ctl graceful
else
  log "starting Apache"
  apache2ctl start
fi
for _ in $(seq 1 60); do curl -fsS -o /dev/null "${SITE}/wp-login.php" 2>/dev/null && break; curl -s -o /dev/null -w '%{http_code}' "${SITE}/wp-admin/install.php" 2>/dev/null | grep -q 200 && break; sleep 0.5; done

# ------------------------------------------------------------------ install WordPress and the sample post, through WordPress itself
HTTP_HOST=127.0.0.1 php "$HERE/wordpress/setup.php" "$SITE"

code=$(curl -sL -o /dev/null -w '%{http_code}' "${SITE}/?name=citable-sample")
[ "$code" = 200 ] || { echo "[wordpress.sh] ${SITE}/?name=citable-sample answered ${code}" >&2; exit 1; }
log "WordPress is up at ${SITE} (admin: citable / citable-local-only) in $(( $(date +%s) - t0 )) s"
