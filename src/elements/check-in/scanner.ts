/** The part of the Barcode Detection API the desk uses (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/**
 * Reads QR codes from the camera into `video` until one is found or `stop()` is called.
 * Only where the browser has BarcodeDetector; typing the code always works.
 */
export class CameraScanner {
  private stream?: MediaStream;
  private timer?: ReturnType<typeof setTimeout>;

  async start(video: HTMLVideoElement, onText: (text: string) => void): Promise<void> {
    const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorClass })
      .BarcodeDetector;
    const detector = new Detector({ formats: ['qr_code'] });
    this.stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment' },
      audio: false,
    });
    video.srcObject = this.stream;
    await video.play();
    const tick = async () => {
      if (!this.stream) return;
      const [code] = await detector.detect(video).catch(() => []);
      if (code?.rawValue) {
        this.stop();
        onText(code.rawValue);
      } else {
        this.timer = setTimeout(() => void tick(), 250);
      }
    };
    void tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
  }
}
