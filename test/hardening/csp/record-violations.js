// Loaded first by the strict-CSP frame: records every policy violation and uncaught error.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) =>
  window.__errors.push(String(event.reason)),
);
