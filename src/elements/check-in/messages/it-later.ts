/** The Italian of the outcomes panel, loaded with it once the network is back. */
export const itLater = {
  checkIn: {
    sent: {
      title: 'Ingressi fatti senza rete: l’esito',
      intro:
        'La rete è tornata: ecco cosa risulta per ogni ingresso. Se un ingresso non è valido, richiama la persona al banco.',
      at: (time: string) => `alle ${time}`,
      recorded: 'Registrato',
      refused: 'Non registrato',
      callBack: 'Richiama la persona',
      dismiss: 'Chiudi l’elenco',
    },
  },
};
