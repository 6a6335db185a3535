/** <print-button>: hidden until this script runs (without JavaScript, use the browser's own Print). */
class PrintButton extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => window.print());
    this.hidden = false;
  }
}
customElements.define('print-button', PrintButton);
