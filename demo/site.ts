// The site's own script: only the collapsible menu of Bootstrap Italia for small screens.
import 'bootstrap-italia/dist/plugins/navbar-collapsible.js';
