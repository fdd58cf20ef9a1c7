import { render } from 'preact';

function Popup() {
  return <h1>Sagsspor</h1>;
}

render(<Popup />, document.getElementById('app')!);
