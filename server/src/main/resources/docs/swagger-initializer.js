// Starts Swagger UI on this server's spec. "Try it out" must call the server that serves this page, not
// the production URL the spec lists first: this server's own origin goes first in the server list.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  fetch(root.dataset.specUrl, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("GET " + root.dataset.specUrl + " answered " + response.status);
      }
      return response.json();
    })
    .then(function (spec) {
      var here = { url: window.location.origin + root.dataset.serverPath, description: "This server" };
      spec.servers = [here].concat((spec.servers || []).filter(function (server) {
        return server.url !== here.url;
      }));
      window.ui = SwaggerUIBundle({
        spec: spec,
        domNode: root,
        deepLinking: true,
        displayOperationId: true,
        displayRequestDuration: true,
        persistAuthorization: false,
        // Swagger UI would otherwise send the spec to an external validator service for a badge.
        validatorUrl: null,
        presets: [SwaggerUIBundle.presets.apis],
        layout: "BaseLayout"
      });
    })
    .catch(function (error) {
      root.textContent = "Could not load the API description: " + error.message;
    });
})();
