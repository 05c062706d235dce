// The sign-in page: says why the last attempt failed, and offers the identity provider when one is configured.
'use strict';

const query = new URLSearchParams(location.search);
document.getElementById('failed').hidden = !query.has('failed');
document.getElementById('refused').hidden = !query.has('refused');

fetch('auth/options', { credentials: 'same-origin' })
  .then((response) => response.ok ? response.json() : {})
  .then((options) => {
    if (options.identityProvider) {
      document.getElementById('sign-in-oidc').textContent = options.identityProvider;
      document.getElementById('identity-provider').hidden = false;
    }
  })
  .catch(() => {});
