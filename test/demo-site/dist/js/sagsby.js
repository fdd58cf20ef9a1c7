// Demo site only: fold an item in and out when its title is clicked, as the real site does.
// Delegated from the document, so it also works for rows that arrive after the page has loaded.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('.overskrift-btn');
  if (!button) return;
  var details = document.getElementById(button.getAttribute('aria-controls'));
  if (!details) return;
  var open = button.getAttribute('aria-expanded') === 'true';
  button.setAttribute('aria-expanded', open ? 'false' : 'true');
  details.style.display = open ? 'none' : 'block';
});
